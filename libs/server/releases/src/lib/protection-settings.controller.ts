import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProtectionSettingsView } from '@vielfalt/contracts';
import { ProtectionSettingsInput } from '@vielfalt/contracts/validation';
import { actorOf, type AuthenticatedUser, CurrentUser, Roles } from '@vielfalt/server-api';
import { ProtectionSettingsService } from './protection-settings.service';

/** The protection settings: readable for transparency (the staff council included), changed by admin only. */
@ApiTags('releases')
@Controller('protection-settings')
export class ProtectionSettingsController {
  constructor(private readonly settings: ProtectionSettingsService) {}

  @Roles('admin', 'stabsstelle', 'leadership', 'council')
  @Get()
  read(): Promise<ProtectionSettingsView> {
    return this.settings.current();
  }

  @Roles('admin')
  @Put()
  update(
    @Body() body: ProtectionSettingsInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ProtectionSettingsView> {
    return this.settings.update({ k: body.k, minRespondents: body.minRespondents }, actorOf(user));
  }
}
