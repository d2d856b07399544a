import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type {
  OpmlImportReport,
  Source,
  SourceTemplateView,
} from '@lyt/contracts';
import { checkOutboundUrl } from '../../common/public-url.util';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { CollectorService } from '../collector/collector.service';
import { DATABASE_UNAVAILABLE } from '../collector/source-poller.service';
import type { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';
import { readOpml, writeOpml } from './opml.util';
import { buildFromTemplate, SOURCE_TEMPLATES } from './source-templates';
import { toSourceView } from './source.view';
import { isDuplicateUrl, SourcesRepository } from './sources.repository';

/** How long "poll now" waits for a running poll of the source to end (a fetch alone may take 20 s). */
const POLL_NOW_WAIT_MS = 30_000;
const POLL_NOW_RETRY_MS = 100;

const DEFAULT_INTERVAL_SECONDS = 300;

@Injectable()
export class SourcesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourcesRepository,
    private readonly collector: CollectorService,
  ) {}

  templates(): SourceTemplateView[] {
    return SOURCE_TEMPLATES.map(({ id, name, description, fields }) => ({
      id,
      name,
      description,
      fields,
    }));
  }

  async list(): Promise<Source[]> {
    return (await this.sources.list()).map(toSourceView);
  }

  async get(id: string): Promise<Source> {
    return toSourceView(await this.require(id));
  }

  /**
   * Stores the source with next_poll_at = now: a collector in this process polls it at
   * once, one elsewhere within a second.
   */
  async create(dto: CreateSourceDto): Promise<Source> {
    const built = dto.template
      ? buildFromTemplate(dto.template, dto.params ?? {})
      : null;
    if (built && 'error' in built) throw new BadRequestException(built.error);
    const url = await this.checkUrl(
      built?.url ?? dto.url!,
      built ? 'params' : 'url',
    );
    const source = await this.sources
      .create({
        url,
        name: dto.name ?? built?.name ?? new URL(url).host,
        kind: dto.template ?? 'feed',
        intervalSeconds: dto.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
      })
      .catch((error: unknown) => {
        if (isDuplicateUrl(error))
          throw new ConflictException(
            `url: a source with ${url} exists already`,
          );
        throw error;
      });
    this.collector.wake();
    return toSourceView(source);
  }

  /** The source list as OPML, for a feed reader or another Lyt. */
  async exportOpml(): Promise<string> {
    const sources = await this.sources.list();
    return writeOpml(sources, new Date());
  }

  /**
   * Adds every feed of an OPML file that is not a source yet, each as a plain
   * feed source polled at once; says of each feed what became of it.
   */
  async importOpml(xml: string): Promise<OpmlImportReport> {
    const feeds = readOpml(xml);
    if ('error' in feeds) throw new BadRequestException(feeds.error);
    const report: OpmlImportReport = { added: [], duplicates: [], refused: [] };
    const seen = new Set<string>();
    for (const feed of feeds) {
      if (!feed.url) {
        report.refused.push({ ...feed, reason: 'the outline has no xmlUrl' });
        continue;
      }
      let url: string;
      try {
        url = await this.checkUrl(feed.url, 'xmlUrl');
      } catch (error) {
        report.refused.push({
          ...feed,
          reason: error instanceof Error ? error.message : String(error),
        });
        continue;
      }
      if (seen.has(url) || (await this.sources.findByUrl(url))) {
        report.duplicates.push({ name: feed.name || url, url });
        continue;
      }
      seen.add(url);
      const source = await this.sources.create({
        url,
        name: (feed.name || new URL(url).host).slice(0, 200),
        kind: 'feed',
        intervalSeconds: DEFAULT_INTERVAL_SECONDS,
      });
      report.added.push({ id: source.id, name: source.name, url: source.url });
    }
    if (report.added.length > 0) this.collector.wake();
    return report;
  }

  async update(id: string, dto: UpdateSourceDto): Promise<Source> {
    const source = await this.require(id);
    const url =
      dto.url === undefined ? undefined : await this.checkUrl(dto.url, 'url');
    const urlChanged = url !== undefined && url !== source.url;
    if (urlChanged && (await this.sources.findByUrl(url))) {
      throw new ConflictException(`url: a source with ${url} exists already`);
    }
    await this.sources.update(
      id,
      { ...dto, url },
      urlChanged || (dto.enabled === true && !source.enabled),
    );
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.sources.remove(id)))
      throw new NotFoundException(`no source ${id}`);
  }

  /**
   * Polls at once, bypassing the schedule and any backoff, and answers with the
   * source's new health. While a poll of it is already running (its first poll
   * just after it was added, or another process's), it waits for that one to end
   * and then polls again, so the answer always comes from a poll that began after
   * the request.
   */
  async pollNow(id: string): Promise<Source> {
    await this.require(id);
    const deadline = Date.now() + POLL_NOW_WAIT_MS;
    let result = await this.collector.pollNow(id);
    while (!result && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_NOW_RETRY_MS));
      result = await this.collector.pollNow(id);
    }
    if (!result)
      throw new ConflictException(
        'this source has been polled by another collector for over half a minute; try again in a moment',
      );
    if (result.status === DATABASE_UNAVAILABLE)
      throw new ServiceUnavailableException(
        'the database stopped answering during the poll; it is polled again when the database is back',
      );
    return this.get(id);
  }

  private async require(id: string) {
    const source = await this.sources.find(id);
    if (!source) throw new NotFoundException(`no source ${id}`);
    return source;
  }

  private checkUrl(raw: string, field: string): Promise<string> {
    return checkOutboundUrl(raw, field, this.config.allowPrivateFeeds);
  }
}
