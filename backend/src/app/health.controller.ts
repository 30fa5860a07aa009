import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@vielfalt/contracts';
import { Public } from '@vielfalt/server-api';
import { DataSource } from 'typeorm';

declare const PRODUCT_VERSION: string | undefined;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For load balancers and operators: is the database reachable? */
  @Public()
  @Get()
  async health(): Promise<HealthResponse> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: typeof PRODUCT_VERSION === 'string' ? PRODUCT_VERSION : 'development',
    };
  }
}
