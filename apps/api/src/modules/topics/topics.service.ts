import {
  BadRequestException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { Topic, TopicKind, TopicPreview } from '@lyt/contracts';
import {
  CompiledQuery,
  compileQuery,
  prepareDocument,
  QuerySyntaxError,
} from '@lyt/matching';
import type {
  CreateTopicDto,
  PreviewTopicDto,
  UpdateTopicDto,
} from './dto/topic.dto';
import { ItemQueryRepository } from '../items/item-query.repository';
import { RematchService } from './rematch.service';
import { toTopicView } from './topic.view';
import { TopicsRepository } from './topics.repository';

/** Colours per kind, so that a chart reads "us against them" at a glance. */
const PALETTE: Record<TopicKind, string[]> = {
  company: ['#135d66', '#1f77b4'],
  competitor: ['#d62728', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2'],
  industry: ['#2ca02c', '#bcbd22'],
  custom: ['#7f7f7f', '#17becf'],
};
/** How far back a preview looks. */
const PREVIEW_SCAN = 2000;

@Injectable()
export class TopicsService {
  constructor(
    private readonly topics: TopicsRepository,
    private readonly items: ItemQueryRepository,
    private readonly rematch: RematchService,
  ) {}

  async list(): Promise<Topic[]> {
    return (await this.topics.list()).map(toTopicView);
  }

  async get(id: string): Promise<Topic> {
    return toTopicView(await this.require(id));
  }

  /** Saves the topic and starts matching it against stored history in the background. */
  async create(dto: CreateTopicDto): Promise<Topic> {
    const query = dto.query.trim();
    compile(query);
    const existing = await this.topics.list();
    const palette = PALETTE[dto.kind];
    const color =
      dto.color ??
      palette[
        existing.filter((topic) => topic.kind === dto.kind).length %
          palette.length
      ]!;
    const topic = await this.topics.create({
      name: dto.name.trim(),
      kind: dto.kind,
      query,
      color,
    });
    this.rematch.start(topic);
    return toTopicView(topic);
  }

  async update(id: string, dto: UpdateTopicDto): Promise<Topic> {
    const topic = await this.require(id);
    const query = dto.query?.trim();
    if (query !== undefined) compile(query);
    const queryChanged = query !== undefined && query !== topic.query;
    await this.topics.update(
      id,
      { ...dto, ...(query === undefined ? {} : { query }) },
      queryChanged,
    );
    const updated = await this.require(id);
    if (queryChanged) this.rematch.start(updated);
    return toTopicView(updated);
  }

  /** Its mentions go with it (ON DELETE CASCADE). */
  async remove(id: string): Promise<void> {
    if (!(await this.topics.remove(id)))
      throw new NotFoundException(`no topic ${id}`);
  }

  /** The newest stored items the query would match, with the hits to highlight: before saving a topic. */
  async preview(dto: PreviewTopicDto): Promise<TopicPreview> {
    const query = compile(dto.query.trim());
    const recent = await this.items.recentOriginals(PREVIEW_SCAN);
    const items: TopicPreview['items'] = [];
    for (const item of recent) {
      if (items.length >= (dto.limit ?? 50)) break;
      const result = query.match(prepareDocument(item));
      if (!result.matched) continue;
      items.push({
        ...item,
        publishedAt: new Date(item.publishedAt).toISOString(),
        hits: result.hits.map(({ term, field, start, end, index }) => ({
          term,
          field,
          start,
          end,
          index,
        })),
      });
    }
    return { scanned: recent.length, items };
  }

  private async require(id: string) {
    const topic = await this.topics.find(id);
    if (!topic) throw new NotFoundException(`no topic ${id}`);
    return topic;
  }
}

function compile(query: string): CompiledQuery {
  try {
    return compileQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      throw new BadRequestException(
        `query: ${error.message} at ${error.position}`,
      );
    throw error;
  }
}
