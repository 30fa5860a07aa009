import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReleaseFigures, ReleasePreview, ReleaseView } from '@vielfalt/contracts';
import {
  PublishReleaseInput,
  ReleaseFiguresQuery,
  ReleaseHistoryQuery,
  ReleasePeriodQuery,
} from '@vielfalt/contracts/validation';
import {
  actorOf,
  ApiException,
  type AuthenticatedUser,
  CurrentUser,
  QueryParameters,
  Roles,
} from '@vielfalt/server-api';
import { ReleaseService } from './release.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new ApiException(HttpStatus.NOT_FOUND, 'not_found', 'No such release.'),
});

/**
 * Protected releases. The Stabsstelle previews and publishes; leadership, Stabsstelle and the staff council read
 * the history; figures go to leadership and the Stabsstelle only.
 */
@ApiTags('releases')
@Controller('releases')
export class ReleaseController {
  constructor(private readonly releases: ReleaseService) {}

  /** What publishing the period now would give: information loss, units without breakdown, the audit. */
  @QueryParameters(ReleasePeriodQuery)
  @Roles('stabsstelle')
  @Get('preview')
  preview(@Query() query: ReleasePeriodQuery, @CurrentUser() user: AuthenticatedUser): Promise<ReleasePreview> {
    return this.releases.preview(query.period, actorOf(user));
  }

  /**
   * Publishes the period's current data as its next version; refusals carry a `release_*` code (409 if the data
   * changed since the preview, 422 if the protection audit did not pass; see docs/releases.md).
   */
  @Roles('stabsstelle')
  @Post()
  publish(@Body() body: PublishReleaseInput, @CurrentUser() user: AuthenticatedUser): Promise<ReleaseView> {
    return this.releases.publish(
      {
        periodKey: body.periodKey,
        dataVersion: body.dataVersion,
        note: body.note,
        ...(body.settings && { settings: { k: body.settings.k, minRespondents: body.settings.minRespondents } }),
      },
      actorOf(user),
    );
  }

  /** Newest first; `superseded` is false for the version every dashboard and export reads. */
  @QueryParameters(ReleaseHistoryQuery)
  @Roles('stabsstelle', 'leadership', 'council')
  @Get()
  list(@Query() query: ReleaseHistoryQuery): Promise<ReleaseView[]> {
    return this.releases.releaseList(query.period);
  }

  /** The newest version of a period (404 while it has none). */
  @QueryParameters(ReleasePeriodQuery)
  @Roles('stabsstelle', 'leadership', 'council')
  @Get('current')
  current(@Query() query: ReleasePeriodQuery): Promise<ReleaseView> {
    return this.releases.current(query.period);
  }

  @Roles('stabsstelle', 'leadership', 'council')
  @Get(':id')
  release(@Param('id', uuid) id: string): Promise<ReleaseView> {
    return this.releases.release(id);
  }

  /** One table's figures: a value, or null and the reason it is suppressed. */
  @QueryParameters(ReleaseFiguresQuery)
  @Roles('stabsstelle', 'leadership')
  @Get(':id/figures')
  figures(@Param('id', uuid) id: string, @Query() query: ReleaseFiguresQuery): Promise<ReleaseFigures> {
    return this.releases.figures(id, query.table);
  }
}
