import { Module } from '@nestjs/common';
import { RawCellsModule } from '@vielfalt/server-raw-cells';
import { ProtectionSettingsController } from './protection-settings.controller';
import { ProtectionSettingsService } from './protection-settings.service';
import { ReleaseController } from './release.controller';
import { ProtectionRunner } from './protection-runner';
import { ReleaseService } from './release.service';

/** Protection settings and releases: the only way figures leave the server (apart from HR's own uploads). */
@Module({
  imports: [RawCellsModule],
  controllers: [ProtectionSettingsController, ReleaseController],
  providers: [ProtectionSettingsService, ProtectionRunner, ReleaseService],
  exports: [ReleaseService],
})
export class ReleasesModule {}
