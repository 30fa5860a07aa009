import {
  Controller,
  Get,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { UploadDiff, UploadReport, UploadView } from '@vielfalt/contracts';
import { TemplateQuery, UploadHistoryQuery } from '@vielfalt/contracts/validation';
import type { Response } from 'express';
import {
  actorOf,
  ApiException,
  type AuthenticatedUser,
  CurrentUser,
  QueryParameters,
  Roles,
} from '@vielfalt/server-api';
import { writeCsvTemplate, writeXlsxTemplate } from './upload-template';
import { UploadService } from './upload.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new ApiException(HttpStatus.NOT_FOUND, 'not_found', 'No such upload.'),
});

/** HR's uploads of survey aggregates (Personalamt only). */
@ApiTags('uploads')
@Roles('hr')
@Controller('uploads')
export class UploadController {
  constructor(private readonly uploads: UploadService) {}

  /** Checks a CSV or XLSX file (form field `file`); nothing visible changes until it is committed. */
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file'))
  check(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UploadReport> {
    if (!file) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'validation_failed', 'No file was sent.', [
        { field: 'file', message: 'Send the file as multipart/form-data in the field "file".' },
      ]);
    }
    return this.uploads.check({ path: file.path, originalName: file.originalname }, actorOf(user));
  }

  /** The template to fill in for a period: XLSX (with lists and instructions) or CSV. */
  @QueryParameters(TemplateQuery)
  @Get('template')
  async template(@Query() query: TemplateQuery, @Res() response: Response): Promise<void> {
    const content = await this.uploads.templateContent(query.period);
    const xlsx = query.format === 'xlsx';
    response.setHeader(
      'Content-Type',
      xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    );
    response.setHeader('Content-Disposition', `attachment; filename="vorlage-${query.period}.${query.format}"`);
    if (xlsx) await writeXlsxTemplate(content, response);
    else writeCsvTemplate(content, response);
  }

  @QueryParameters(UploadHistoryQuery)
  @Get()
  history(@Query() query: UploadHistoryQuery): Promise<UploadView[]> {
    return this.uploads.history(query.period);
  }

  @Get(':id')
  report(@Param('id', uuid) id: string): Promise<UploadReport> {
    return this.uploads.report(id);
  }

  @Get(':id/diff/:otherId')
  diff(@Param('id', uuid) id: string, @Param('otherId', uuid) otherId: string): Promise<UploadDiff> {
    return this.uploads.diff(id, otherId);
  }

  @Post(':id/commit')
  commit(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser): Promise<UploadView> {
    return this.uploads.commit(id, actorOf(user));
  }

  @Post(':id/rollback')
  rollBack(@Param('id', uuid) id: string, @CurrentUser() user: AuthenticatedUser): Promise<UploadView> {
    return this.uploads.rollBackTo(id, actorOf(user));
  }
}
