// Request classes for the catalogue (server-side validation; see ../validation.ts for why apart).
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  CategoryDefinition,
  ChoiceKind,
  DimensionDefinition,
  DimensionVersionDefinition,
  Label,
  PeriodDefinition,
  StructuralAttributeDefinition,
} from './catalogue';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const VALUE_KEY = /^[a-z0-9][a-z0-9_]{0,39}$/;
const keyMessage = 'must be lower-case letters, digits and "_" (at most 40), starting with a letter';

export class LabelInput implements Label {
  @IsString()
  @Length(1, 200)
  de!: string;

  @IsString()
  @Length(1, 200)
  en!: string;
}

export class DescriptionInput implements Label {
  @IsString()
  @Length(1, 2000)
  de!: string;

  @IsString()
  @Length(1, 2000)
  en!: string;
}

export class PeriodInput implements PeriodDefinition {
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'key must be 1–32 letters, digits, "_" or "-"' })
  key!: string;

  @IsString()
  @Length(1, 200)
  label!: string;

  @IsDateString({ strict: true }, { message: 'referenceDate must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'referenceDate must be a date YYYY-MM-DD' })
  referenceDate!: string;
}

export class KeyedLabelInput {
  @Matches(VALUE_KEY, { message: `key ${keyMessage}` })
  key!: string;

  @ValidateNested()
  @Type(() => LabelInput)
  label!: LabelInput;
}

export class StructuralAttributeInput implements StructuralAttributeDefinition {
  @Matches(KEY, { message: `key ${keyMessage}` })
  key!: string;

  @ValidateNested()
  @Type(() => LabelInput)
  label!: LabelInput;

  @IsArray()
  @ArrayMinSize(2)
  @ValidateNested({ each: true })
  @Type(() => KeyedLabelInput)
  values!: KeyedLabelInput[];
}

export class CategoryMappingInput {
  @Matches(VALUE_KEY, { message: `from ${keyMessage}` })
  from!: string;

  @Matches(VALUE_KEY, { message: `to ${keyMessage}` })
  to!: string;
}

export class DimensionVersionInput implements DimensionVersionDefinition {
  @IsInt()
  @Min(1)
  version!: number;

  @IsString()
  @Length(1, 32)
  validFromPeriod!: string;

  @IsString()
  @Length(1, 500)
  agreedBy!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'agreedOn must be a date YYYY-MM-DD' })
  agreedOn!: string;

  @IsArray()
  @ArrayMinSize(2)
  @ValidateNested({ each: true })
  @Type(() => KeyedLabelInput)
  categories!: CategoryDefinition[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CategoryMappingInput)
  mappingFromPrevious!: CategoryMappingInput[];
}

export class DimensionInput implements DimensionDefinition {
  @Matches(KEY, { message: `key ${keyMessage}` })
  key!: string;

  @ValidateNested()
  @Type(() => LabelInput)
  label!: LabelInput;

  @ValidateNested()
  @Type(() => DescriptionInput)
  description!: DescriptionInput;

  @IsIn(['single', 'multi'])
  choice!: ChoiceKind;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => DimensionVersionInput)
  versions!: DimensionVersionInput[];
}

/** Query of `GET /api/catalogue/units`: all units, or those valid at a date. */
export class UnitsQuery {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'at must be a date YYYY-MM-DD' })
  at?: string;
}

/** Query of `GET /api/uploads`: all uploads, or those of one period. */
export class UploadHistoryQuery {
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'period must be a period key' })
  period?: string;
}

/** Query of `GET /api/uploads/template`: the period and the file format of the template. */
export class TemplateQuery {
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'period must be a period key' })
  period!: string;

  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}
