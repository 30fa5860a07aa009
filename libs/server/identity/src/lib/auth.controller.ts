import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ROLES, type SessionResponse } from '@vielfalt/contracts';
import { LoginRequest } from '@vielfalt/contracts/validation';
import { type AuthenticatedUser, CurrentUser, Public, Roles } from '@vielfalt/server-api';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { AuthService } from './auth.service';
import { cookieNames, sessionCookieOptions, setCsrfCookie } from './cookies';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Who is signed in; also hands out the CSRF token cookie the browser needs for any change. */
  @Public()
  @Get('session')
  session(
    @Req() request: Request & { user?: AuthenticatedUser },
    @Res({ passthrough: true }) response: Response,
  ): SessionResponse {
    if (!request.cookies?.[cookieNames(this.options).csrf]) {
      setCsrfCookie(response, randomBytes(32).toString('base64url'), this.options);
    }
    return { user: request.user ?? null };
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  async login(
    @Body() body: LoginRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const { user, sessionToken } = await this.auth.login(body, request.ip);
    response.cookie(cookieNames(this.options).session, sessionToken, sessionCookieOptions(this.options));
    // A new CSRF token per session, so a token seen before sign-in is worthless after it.
    setCsrfCookie(response, randomBytes(32).toString('base64url'), this.options);
    return { user };
  }

  @Roles(...ROLES)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const names = cookieNames(this.options);
    await this.auth.logout(request.cookies[names.session] as string, user);
    response.clearCookie(names.session, { path: '/' });
  }
}
