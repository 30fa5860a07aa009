import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UserSummary } from '@vielfalt/contracts';
import { CreateUserRequest } from '@vielfalt/contracts/validation';
import { actorOf, type AuthenticatedUser, CurrentUser, Roles } from '@vielfalt/server-api';
import { UserService } from './user.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  list(): Promise<UserSummary[]> {
    return this.users.list();
  }

  @Post()
  create(@Body() body: CreateUserRequest, @CurrentUser() actor: AuthenticatedUser): Promise<UserSummary> {
    return this.users.create(body, actorOf(actor));
  }
}
