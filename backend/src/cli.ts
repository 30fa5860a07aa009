import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ROLES, type Role } from '@vielfalt/contracts';
import { UserService } from '@vielfalt/server-identity';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateUserRequest } from '@vielfalt/contracts/validation';
import pino from 'pino';
import { parseArgs } from 'node:util';
import { IdentityModule } from '@vielfalt/server-identity';
import { PersistenceModule } from '@vielfalt/server-persistence';
import { Module } from '@nestjs/common';
import { loadConfig } from './config/app-config';
import { logDestination } from './config/log-destination';
import { connectDatabase } from './database/database-connection';
import { readSecret } from './cli/read-secret';

const USAGE = `Usage: node dist/backend/cli.js create-user --username NAME [--display-name TEXT] [--role admin]...
  Creates a user (by default with the role admin). The password is read from standard input
  (typed without echo on a terminal, or piped: printf '%s\\n' "$PASSWORD" | node dist/backend/cli.js create-user ...).
  Uses DATABASE_URL (or the embedded database when it is unset; stop a running server first).`;

async function createUser(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string', multiple: true },
    },
  });
  const roles = (values.role ?? ['admin']) as Role[];
  const request = plainToInstance(CreateUserRequest, {
    username: values.username,
    displayName: values['display-name'] ?? values.username,
    roles,
    password: await readSecret('Passwort / password: '),
  });
  const problems = await validate(request, { forbidUnknownValues: true });
  if (problems.length > 0) {
    const messages = problems.flatMap((problem) => Object.values(problem.constraints ?? {}));
    throw new Error(`${messages.join('\n')}\nRoles: ${ROLES.join(', ')}\n\n${USAGE}`);
  }

  const config = loadConfig(process.env);
  const log = pino({ level: 'warn' }, logDestination());
  const database = await connectDatabase(config, log);
  @Module({ imports: [PersistenceModule.forRoot(database.url), IdentityModule.forRoot(config.identity)] })
  class CliModule {}
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const user = await app.get(UserService).create(request, { id: null, name: 'command line' });
    process.stdout.write(`Created user "${user.username}" with roles ${user.roles.join(', ')}.\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

const [command, ...rest] = process.argv.slice(2);
const run = command === 'create-user' ? createUser(rest) : Promise.reject(new Error(USAGE));
run.then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
