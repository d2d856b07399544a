import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  GOAL_METRICS,
  GOAL_PERIODS,
  type GoalMetric,
  type GoalPeriod,
} from '@lyt/contracts';

const NAME = 'name: give a name of 1 to 200 characters';
const METRIC = `metric: give one of ${GOAL_METRICS.join(', ')}`;
const TARGET = 'target: give a number from 0.1 to 1,000,000,000';
const WHEN = (field: string) =>
  `${field}: give a date (2027-03-14) or a date and time (2027-03-14T12:00:00Z)`;

export class CreateGoalDto {
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(200, { message: NAME })
  name!: string;

  @IsIn(GOAL_METRICS, { message: METRIC })
  metric!: GoalMetric;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: TARGET })
  @Min(0.1, { message: TARGET })
  @Max(1_000_000_000, { message: TARGET })
  target!: number;

  /** followers: the own account; posts and engagement-per-post: one account instead of all own accounts. */
  @IsOptional()
  @IsUUID(undefined, { message: "accountId: give an account's id" })
  accountId?: string;

  /** mentions: one topic instead of the company topics. */
  @IsOptional()
  @IsUUID(undefined, { message: "topicId: give a topic's id" })
  topicId?: string;

  /** hashtag-uses: the campaign hashtag, with or without '#'. */
  @IsOptional()
  @IsString({ message: 'hashtag: give one hashtag, e.g. #givlivetvidere' })
  @MaxLength(100, { message: 'hashtag: is longer than 100 characters' })
  hashtag?: string;

  /** Default now. A date alone (`2027-01-01`) is the start of that day in Copenhagen. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: WHEN('startsAt') })
  startsAt?: string;

  /** Give a deadline or a period. A date alone (`2027-03-14`) is the end of that day in Copenhagen: all of it counts. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: WHEN('deadline') })
  deadline?: string;

  @IsOptional()
  @IsIn(GOAL_PERIODS, {
    message: `period: give ${GOAL_PERIODS.join(' or ')}`,
  })
  period?: GoalPeriod;
}

export class UpdateGoalDto {
  @IsOptional()
  @IsString({ message: NAME })
  @MinLength(1, { message: NAME })
  @MaxLength(200, { message: NAME })
  name?: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: TARGET })
  @Min(0.1, { message: TARGET })
  @Max(1_000_000_000, { message: TARGET })
  target?: number;

  /** A date alone is the end of that day in Copenhagen. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: WHEN('deadline') })
  deadline?: string;
}
