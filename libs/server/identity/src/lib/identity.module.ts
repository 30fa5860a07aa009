import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { Session, User } from '@vielfalt/server-persistence';
import type { DataSource } from 'typeorm';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfGuard } from './csrf.guard';
import { DatabaseThrottlerStorage } from './database-throttler-storage';
import { DemoUsers } from './demo-users';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { UserController } from './user.controller';
import { UserService } from './user.service';

/** Accounts, sessions and the two global guards (CSRF, then access) that every route passes. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      imports: [
        TypeOrmModule.forFeature([User, Session]),
        ThrottlerModule.forRootAsync({
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => ({
            // Sign-in attempts (the guard is on the login route only); named `default` so that a blocked client
            // gets the standard Retry-After header, not Retry-After-<name>.
            throttlers: [{ name: 'default', ttl: 60_000, limit: options.loginAttemptsPerMinute }],
            storage: new DatabaseThrottlerStorage(dataSource),
          }),
        }),
      ],
      controllers: [AuthController, UserController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        PasswordHasher,
        SessionService,
        AuthService,
        UserService,
        DemoUsers,
      ],
      exports: [UserService, DemoUsers],
    };
  }
}
