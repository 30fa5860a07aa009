import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from '@vielfalt/server-persistence';
import { AuditEventController } from './audit-event.controller';
import { AuditEventService } from './audit-event.service';

/** Reading the audit trail (writing is `AuditLog`'s, in persistence, for every feature). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditEventController],
  providers: [AuditEventService],
})
export class AuditModule {}
