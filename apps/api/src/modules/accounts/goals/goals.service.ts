import {
  BadRequestException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Goal, GoalProgress } from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import type { CreateGoalDto, UpdateGoalDto } from './goal.dto';
import { forecastGoal, GoalMeasurement } from './goal-forecast.util';
import { goalInstant, periodWindow } from './goal-window.util';
import { GoalRow, GoalsRepository } from './goals.repository';

/** Goals (tip 9): a metric, a target and a deadline or a period, with progress and a forecast at the current pace. */
@Injectable()
export class GoalsService {
  constructor(private readonly goals: GoalsRepository) {}

  async list(now = new Date()): Promise<Goal[]> {
    return Promise.all(
      (await this.goals.list()).map((goal) => this.view(goal, now)),
    );
  }

  async get(id: string): Promise<Goal> {
    const goal = await this.goals.find(id);
    if (!goal) throw new NotFoundException(`no goal ${id}`);
    return this.view(goal, new Date());
  }

  async create(dto: CreateGoalDto): Promise<Goal> {
    if ((dto.deadline === undefined) === (dto.period === undefined))
      throw new BadRequestException(
        dto.deadline === undefined
          ? 'deadline: give a deadline or a period'
          : 'deadline: give a deadline or a period, not both',
      );
    const startsAt = dto.startsAt
      ? goalInstant(dto.startsAt, 'start')
      : new Date();
    const deadline = dto.deadline ? goalInstant(dto.deadline, 'end') : null;
    if (deadline && deadline <= startsAt)
      throw new BadRequestException(
        dto.startsAt
          ? 'deadline: must be after startsAt'
          : 'deadline: must be in the future',
      );
    if (dto.metric === 'followers' && !dto.accountId)
      throw new BadRequestException(
        'accountId: a follower goal names its account',
      );
    if (dto.accountId && !(await this.goals.accountExists(dto.accountId)))
      throw new BadRequestException(`accountId: no account ${dto.accountId}`);
    if (dto.topicId && !(await this.goals.topicExists(dto.topicId)))
      throw new BadRequestException(`topicId: no topic ${dto.topicId}`);
    let hashtag: string | null = null;
    if (dto.metric === 'hashtag-uses') {
      hashtag = normaliseHashtag(dto.hashtag ?? '');
      if (!hashtag)
        throw new BadRequestException(
          'hashtag: a hashtag goal names one hashtag, e.g. #givlivetvidere',
        );
    }
    const id = await this.goals.create({
      name: dto.name,
      metric: dto.metric,
      target: dto.target,
      accountId: ['followers', 'posts', 'engagement-per-post'].includes(
        dto.metric,
      )
        ? (dto.accountId ?? null)
        : null,
      topicId: dto.metric === 'mentions' ? (dto.topicId ?? null) : null,
      hashtag,
      startsAt,
      deadline,
      period: dto.period ?? null,
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateGoalDto): Promise<Goal> {
    const goal = await this.goals.find(id);
    if (!goal) throw new NotFoundException(`no goal ${id}`);
    const deadline = dto.deadline
      ? goalInstant(dto.deadline, 'end')
      : undefined;
    if (deadline && !goal.deadline)
      throw new BadRequestException(
        'deadline: this goal renews every period and has no deadline',
      );
    if (deadline && deadline <= goal.startsAt)
      throw new BadRequestException('deadline: must be after startsAt');
    await this.goals.update(id, {
      name: dto.name,
      target: dto.target,
      deadline,
    });
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.goals.remove(id)))
      throw new NotFoundException(`no goal ${id}`);
  }

  private async view(goal: GoalRow, now: Date): Promise<Goal> {
    return {
      id: goal.id,
      name: goal.name,
      metric: goal.metric,
      target: goal.target,
      accountId: goal.accountId,
      topicId: goal.topicId,
      hashtag: goal.hashtag,
      startsAt: new Date(goal.startsAt).toISOString(),
      deadline: goal.deadline ? new Date(goal.deadline).toISOString() : null,
      period: goal.period,
      createdAt: new Date(goal.createdAt).toISOString(),
      progress: await this.progress(goal, now),
    };
  }

  private async progress(goal: GoalRow, now: Date): Promise<GoalProgress> {
    const window = goal.period
      ? periodWindow(goal.period, now)
      : { start: new Date(goal.startsAt), end: new Date(goal.deadline!) };
    const until = now < window.end ? now : window.end;
    const base: Omit<GoalMeasurement, 'start' | 'current'> = {
      target: goal.target,
      windowStart: window.start,
      windowEnd: window.end,
      now,
      kind: 'cumulative',
    };
    let measurement: GoalMeasurement;
    switch (goal.metric) {
      case 'followers': {
        const followers = await this.goals.followers(
          goal.accountId!,
          window.start,
        );
        measurement = {
          ...base,
          start: followers?.start ?? 0,
          current: followers?.current ?? 0,
          measuredFrom: followers ? new Date(followers.startAt) : now,
        };
        break;
      }
      case 'posts':
      case 'engagement-per-post': {
        const posts = await this.goals.ownPosts(
          goal.accountId,
          window.start,
          until,
        );
        measurement =
          goal.metric === 'posts'
            ? { ...base, start: 0, current: posts.posts }
            : {
                ...base,
                start: 0,
                current: Math.round(posts.engagementPerPost * 10) / 10,
                kind: 'average',
              };
        break;
      }
      case 'mentions':
      case 'hashtag-uses': {
        const count = await this.goals.mentions({
          ...(goal.metric === 'mentions'
            ? goal.topicId
              ? { topics: [goal.topicId] }
              : { kinds: ['company'] }
            : { hashtags: [goal.hashtag!] }),
          from: window.start,
          to: until,
        });
        measurement = { ...base, start: 0, current: count };
        break;
      }
    }
    return {
      windowStart: window.start.toISOString(),
      windowEnd: window.end.toISOString(),
      start: measurement.start,
      current: measurement.current,
      target: goal.target,
      ...forecastGoal(measurement),
    };
  }
}
