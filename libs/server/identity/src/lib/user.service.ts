import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserBody, SessionUser, UserSummary } from '@vielfalt/contracts';
import { type Actor, ApiException } from '@vielfalt/server-api';
import { AuditLog, User } from '@vielfalt/server-persistence';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';

export function toSessionUser(user: User): SessionUser {
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles };
}

function toUserSummary(user: User): UserSummary {
  return { ...toSessionUser(user), active: user.active, createdAt: user.createdAt.toISOString() };
}

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly auditLog: AuditLog,
  ) {}

  async list(): Promise<UserSummary[]> {
    const users = await this.dataSource.getRepository(User).find({ order: { username: 'ASC' } });
    return users.map(toUserSummary);
  }

  /** Creates a user; a taken username is a conflict, and nothing is written. */
  async create(request: CreateUserBody, actor: Actor): Promise<UserSummary> {
    const passwordHash = await this.hasher.hash(request.password);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.existsBy(User, { username: request.username });
      if (taken) {
        throw new ApiException(HttpStatus.CONFLICT, 'conflict', `The username "${request.username}" is taken.`, [
          { field: 'username', value: request.username, message: 'The username is taken.' },
        ]);
      }
      const user = await manager.save(
        manager.create(User, {
          username: request.username,
          displayName: request.displayName,
          passwordHash,
          roles: [...request.roles],
        }),
      );
      await this.auditLog.record(
        {
          action: 'user.create',
          outcome: 'success',
          actorUserId: actor.id,
          actorName: actor.name,
          details: { username: user.username, roles: user.roles },
        },
        manager,
      );
      return toUserSummary(user);
    });
  }
}
