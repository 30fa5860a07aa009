import { Body, Controller, Get, HttpStatus, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type CatalogueView, type OrgUnitDefinition, ROLES } from '@vielfalt/contracts';
import {
  DimensionInput,
  DimensionVersionInput,
  PeriodInput,
  StructuralAttributeInput,
  UnitsQuery,
} from '@vielfalt/contracts/validation';
import {
  actorOf,
  ApiException,
  type AuthenticatedUser,
  CurrentUser,
  QueryParameters,
  Roles,
} from '@vielfalt/server-api';
import { CatalogueService } from './catalogue.service';

/** The vocabulary of the product. Everyone signed in reads it; `admin` and `stabsstelle` maintain it. */
@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Roles(...ROLES)
  @Get()
  read(): Promise<CatalogueView> {
    return this.catalogue.catalogue();
  }

  @QueryParameters(UnitsQuery)
  @Roles(...ROLES)
  @Get('units')
  units(@Query() query: UnitsQuery): Promise<OrgUnitDefinition[]> {
    return this.catalogue.units(query.at);
  }

  @Roles('admin', 'stabsstelle')
  @Post('periods')
  createPeriod(@Body() body: PeriodInput, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.catalogue.createPeriod(body, actorOf(user));
  }

  @Roles('admin', 'stabsstelle')
  @Post('attributes')
  createAttribute(@Body() body: StructuralAttributeInput, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.catalogue.createAttribute(body, actorOf(user));
  }

  @Roles('admin', 'stabsstelle')
  @Post('dimensions')
  createDimension(@Body() body: DimensionInput, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.catalogue.createDimension(body, actorOf(user));
  }

  @Roles('admin', 'stabsstelle')
  @Post('dimensions/:key/versions')
  addDimensionVersion(
    @Param('key') key: string,
    @Body() body: DimensionVersionInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.catalogue.addDimensionVersion(key, body, actorOf(user));
  }

  /** Creates and updates units from a CSV or XLSX file (form field `file`): all rows or none. */
  @Roles('admin', 'stabsstelle')
  @Post('units/import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file'))
  importUnits(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ created: number; updated: number }> {
    if (!file) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'validation_failed', 'No file was sent.', [
        { field: 'file', message: 'Send the file as multipart/form-data in the field "file".' },
      ]);
    }
    return this.catalogue.importUnitsFile({ path: file.path, originalName: file.originalname }, actorOf(user));
  }
}
