export { ReleasesModule } from './lib/releases.module';
export { ReleaseService } from './lib/release.service';
