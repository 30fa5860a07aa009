import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEventView, Page } from '@vielfalt/contracts';
import { AuditEventQuery } from '@vielfalt/contracts/validation';
import { QueryParameters, Roles } from '@vielfalt/server-api';
import { AuditEventService } from './audit-event.service';

@ApiTags('audit')
@Roles('council', 'admin')
@Controller('audit-events')
export class AuditEventController {
  constructor(private readonly events: AuditEventService) {}

  @QueryParameters(AuditEventQuery)
  @Get()
  page(@Query() query: AuditEventQuery): Promise<Page<AuditEventView>> {
    return this.events.page(query);
  }
}
