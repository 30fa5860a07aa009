import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@vielfalt/contracts';
import { Public } from '@vielfalt/server-api';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

declare const PRODUCT_VERSION: string | undefined;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For load balancers and operators: is the database reachable? 503 when it is not. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    if (database === 'down') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: typeof PRODUCT_VERSION === 'string' ? PRODUCT_VERSION : 'development',
    };
  }
}
