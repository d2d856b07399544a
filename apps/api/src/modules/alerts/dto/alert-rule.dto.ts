import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ALERT_FREQUENCIES,
  ALERT_LANGUAGES,
  ALERT_TRIGGERS,
  SENTIMENT_LABELS,
  TOPIC_KINDS,
  type AlertFrequency,
  type AlertLanguage,
  type AlertTrigger,
  type SentimentLabel,
  type TopicKind,
} from '@lyt/contracts';

const MAX_LIST = 100;
export const MIN_FAILING_MINUTES = 5;
export const MAX_FAILING_MINUTES = 7 * 24 * 60;

/** A filter may be written once (`"negative"`) or as a list (`["negative", "neutral"]`), as in a query string. */
const asList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? [value] : value;

/** The filters of `/api/mentions`, as lists. */
export class AlertSelectionDto {
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsUUID('all', { each: true, message: '$property must be topic ids (UUIDs)' })
  topics?: string[];

  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsIn(TOPIC_KINDS, {
    each: true,
    message: `$property must be among ${TOPIC_KINDS.join(', ')}`,
  })
  kinds?: TopicKind[];

  /** With or without '#', in any case. */
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true, message: '$property must be hashtags' })
  @MaxLength(100, { each: true, message: '$property must be hashtags' })
  hashtags?: string[];

  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsIn(SENTIMENT_LABELS, {
    each: true,
    message: `$property must be among ${SENTIMENT_LABELS.join(', ')}`,
  })
  sentiment?: SentimentLabel[];

  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @Matches(/^[a-z]{2}$/i, {
    each: true,
    message: '$property must be two-letter ISO 639-1 codes like da',
  })
  language?: string[];

  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsUUID('all', {
    each: true,
    message: '$property must be source ids (UUIDs)',
  })
  sources?: string[];

  /** Interest list ids (`/api/lists`), mention rules only: a mention of a source of any of them. */
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @IsUUID('all', {
    each: true,
    message: '$property must be interest list ids (UUIDs)',
  })
  lists?: string[];
}

/** `{"type":"webhook","url","secret?"}` or `{"type":"email","to"}`. */
export class AlertChannelDto {
  @IsIn(['webhook', 'email'])
  type!: 'webhook' | 'email';

  @ValidateIf((channel: AlertChannelDto) => channel.type === 'webhook')
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  /** Signs every body (X-Lyt-Signature). Stored once, never shown back; on PATCH null removes it. */
  @ValidateIf(
    (channel: AlertChannelDto) =>
      channel.type === 'webhook' &&
      channel.secret !== undefined &&
      channel.secret !== null,
  )
  @IsString()
  @MinLength(8)
  @MaxLength(256)
  secret?: string | null;

  /** One address, or a list of up to 20. */
  @ValidateIf((channel: AlertChannelDto) => channel.type === 'email')
  @Transform(asList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: '$property must be e-mail addresses' })
  to?: string[];
}

// Each field's rules once, for creating (where name, trigger and channel are
// required) and for changing (where every field is optional): an explicit class
// each, so that the OpenAPI document describes both bodies.
const Name = () => applyDecorators(IsString(), MinLength(1), MaxLength(200));
const Trigger = () => IsIn(ALERT_TRIGGERS);
const Selection = () =>
  applyDecorators(
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(() => AlertSelectionDto),
  );
const Every = () => applyDecorators(IsOptional(), IsIn(ALERT_FREQUENCIES));
const Channel = () =>
  applyDecorators(
    IsObject(),
    ValidateNested(),
    Type(() => AlertChannelDto),
  );
const Language = () => applyDecorators(IsOptional(), IsIn(ALERT_LANGUAGES));
const Enabled = () => applyDecorators(IsOptional(), IsBoolean());
const FailingFor = () =>
  applyDecorators(
    IsOptional(),
    IsInt(),
    Min(MIN_FAILING_MINUTES),
    Max(MAX_FAILING_MINUTES),
  );
const DigestHour = () =>
  applyDecorators(IsOptional(), IsInt(), Min(0), Max(23));

export class CreateAlertRuleDto {
  @Name()
  name!: string;

  @Trigger()
  trigger!: AlertTrigger;

  @Selection()
  selection?: AlertSelectionDto;

  /** Default `instant`; a digest is `daily` (default) or `weekly`. */
  @Every()
  every?: AlertFrequency;

  @IsDefined()
  @Channel()
  channel!: AlertChannelDto;

  /** The language of the messages (default da). */
  @Language()
  language?: AlertLanguage;

  @Enabled()
  enabled?: boolean;

  /** `source-failing` only: minutes a source must have failed (default 60). */
  @FailingFor()
  failingForMinutes?: number;

  /** `digest` only: the hour, Copenhagen time, it is sent at (default 7). */
  @DigestHour()
  digestHour?: number;
}

/** Any of the fields; a channel replaces the channel whole, except that a secret left out is kept. */
export class UpdateAlertRuleDto {
  @IsOptional()
  @Name()
  name?: string;

  @IsOptional()
  @Trigger()
  trigger?: AlertTrigger;

  @Selection()
  selection?: AlertSelectionDto;

  @Every()
  every?: AlertFrequency;

  @IsOptional()
  @Channel()
  channel?: AlertChannelDto;

  @Language()
  language?: AlertLanguage;

  @Enabled()
  enabled?: boolean;

  @FailingFor()
  failingForMinutes?: number;

  @DigestHour()
  digestHour?: number;
}

export class DeliveriesQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
