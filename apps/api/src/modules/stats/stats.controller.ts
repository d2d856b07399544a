import { Controller, Get, Query } from '@nestjs/common';
import type {
  AuthorStats,
  HashtagPairStats,
  HashtagVolumeStats,
  BlindSpotStats,
  HashtagStats,
  SentimentStats,
  ShareOfVoiceStats,
  SourceStats,
  SpikeStats,
  SummaryStats,
  VolumeStats,
} from '@lyt/contracts';
import { ApiAnswer } from '../../common/api-answer.decorator';
import { ApiStatsQuery } from './stats-params.decorator';
import {
  RawQuery,
  readInstant,
  readLists,
  readStatsQuery,
  type StatsParam,
} from './stats-params.util';
import { StatsService } from './stats.service';

const VOLUME: StatsParam[] = ['from', 'to', 'bucket', 'topic', 'kind', 'list'];
const SHARE_OF_VOICE: StatsParam[] = ['from', 'to', 'bucket', 'list'];
const SENTIMENT: StatsParam[] = ['from', 'to', 'topic', 'list'];
const TOP: StatsParam[] = ['from', 'to', 'limit', 'list'];
const SPIKES: StatsParam[] = ['from', 'to', 'bucket', 'topic', 'list'];
const BLIND_SPOTS: StatsParam[] = ['from', 'to', 'list'];
const HASHTAG_VOLUME: StatsParam[] = [
  'from',
  'to',
  'bucket',
  'hashtag',
  'list',
];
const HASHTAG_PAIRS: StatsParam[] = ['from', 'to', 'hashtag', 'limit', 'list'];
const SUMMARY: StatsParam[] = ['list'];

/** Viewer or admin token (the global AuthGuard); every parameter is validated before the service runs. */
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('summary')
  @ApiAnswer('SummaryStats')
  @ApiStatsQuery(SUMMARY)
  summary(
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('list') list?: string | string[],
  ): Promise<SummaryStats> {
    return this.stats.summary(
      {
        from: readInstant('from', from || undefined),
        to: readInstant('to', to || undefined),
      },
      readLists({ list }),
    );
  }

  @Get('volume')
  @ApiAnswer('VolumeStats')
  @ApiStatsQuery(VOLUME)
  volume(@Query() query: RawQuery): Promise<VolumeStats> {
    return this.stats.volume(readStatsQuery(query, VOLUME));
  }

  @Get('share-of-voice')
  @ApiAnswer('ShareOfVoiceStats')
  @ApiStatsQuery(SHARE_OF_VOICE)
  shareOfVoice(@Query() query: RawQuery): Promise<ShareOfVoiceStats> {
    return this.stats.shareOfVoice(readStatsQuery(query, SHARE_OF_VOICE));
  }

  @Get('sentiment')
  @ApiAnswer('SentimentStats')
  @ApiStatsQuery(SENTIMENT)
  sentiment(@Query() query: RawQuery): Promise<SentimentStats> {
    return this.stats.sentiment(readStatsQuery(query, SENTIMENT));
  }

  @Get('hashtags')
  @ApiAnswer('HashtagStats')
  @ApiStatsQuery(TOP)
  hashtags(@Query() query: RawQuery): Promise<HashtagStats> {
    return this.stats.hashtags(readStatsQuery(query, TOP));
  }

  @Get('authors')
  @ApiAnswer('AuthorStats')
  @ApiStatsQuery(TOP)
  authors(@Query() query: RawQuery): Promise<AuthorStats> {
    return this.stats.authors(readStatsQuery(query, TOP));
  }

  @Get('sources')
  @ApiAnswer('SourceStats')
  @ApiStatsQuery(TOP)
  sources(@Query() query: RawQuery): Promise<SourceStats> {
    return this.stats.sources(readStatsQuery(query, TOP));
  }

  @Get('spikes')
  @ApiAnswer('SpikeStats')
  @ApiStatsQuery(SPIKES)
  spikes(@Query() query: RawQuery): Promise<SpikeStats> {
    return this.stats.spikes(readStatsQuery(query, SPIKES));
  }

  /** The mentions carrying each asked hashtag per bucket, side by side (#dkpol vs #dkbiz). */
  @Get('hashtag-volume')
  @ApiAnswer('HashtagVolumeStats')
  @ApiStatsQuery(HASHTAG_VOLUME)
  hashtagVolume(@Query() query: RawQuery): Promise<HashtagVolumeStats> {
    return this.stats.hashtagVolume(readStatsQuery(query, HASHTAG_VOLUME));
  }

  /** The hashtags occurring in the same mentions as each asked one. */
  @Get('hashtag-pairs')
  @ApiAnswer('HashtagPairStats')
  @ApiStatsQuery(HASHTAG_PAIRS)
  hashtagPairs(@Query() query: RawQuery): Promise<HashtagPairStats> {
    return this.stats.hashtagPairs(readStatsQuery(query, HASHTAG_PAIRS));
  }

  /** Per source, the stretches in the period when it failed every poll. */
  @Get('blind-spots')
  @ApiAnswer('BlindSpotStats')
  @ApiStatsQuery(BLIND_SPOTS)
  blindSpots(@Query() query: RawQuery): Promise<BlindSpotStats> {
    return this.stats.blindSpots(readStatsQuery(query, BLIND_SPOTS));
  }
}
