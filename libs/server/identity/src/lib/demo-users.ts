import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, type Role } from '@vielfalt/contracts';
import { User } from '@vielfalt/server-persistence';
import { DataSource } from 'typeorm';
import { UserService } from './user.service';

export interface DemoLogin {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
}

/** One login per role, with a published password: for demo mode only, never in production. */
export const DEMO_LOGINS: readonly DemoLogin[] = ROLES.map((role) => ({
  username: role,
  password: `demo-${role}-passwort`,
  role,
}));

const DISPLAY_NAMES: Record<Role, string> = {
  hr: 'Demo Personalamt',
  leadership: 'Demo Verwaltungsvorstand',
  stabsstelle: 'Demo Stabsstelle Integration',
  council: 'Demo Personalrat',
  admin: 'Demo IT-Administration',
};

@Injectable()
export class DemoUsers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
  ) {}

  /** Creates the demo logins that do not exist yet (idempotent) and returns them all. */
  async ensure(): Promise<readonly DemoLogin[]> {
    for (const login of DEMO_LOGINS) {
      if (await this.dataSource.getRepository(User).existsBy({ username: login.username })) continue;
      await this.users.create(
        {
          username: login.username,
          displayName: DISPLAY_NAMES[login.role],
          password: login.password,
          roles: [login.role],
        },
        { id: null, name: 'demo-mode' },
      );
    }
    return DEMO_LOGINS;
  }
}
