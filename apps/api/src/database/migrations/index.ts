import { CoreSchema1764190000000 } from './1764190000000-CoreSchema';
import { Collector1764200000000 } from './1764200000000-Collector';
import { TopicRematch1764210000000 } from './1764210000000-TopicRematch';
import { LiveStream1764220000000 } from './1764220000000-LiveStream';
import { StatsRollups1764230000000 } from './1764230000000-StatsRollups';
import { Alerts1764700000000 } from './1764700000000-Alerts';
import { MentionFacets1764900000000 } from './1764900000000-MentionFacets';
import { PollHistory1764900001000 } from './1764900001000-PollHistory';
import { Columns1765100000000 } from './1765100000000-Columns';
import { DemoWorkspace1765200000000 } from './1765200000000-DemoWorkspace';
import { CollectorClaims1765310000000 } from './1765310000000-CollectorClaims';
import { Accounts1765400000000 } from './1765400000000-Accounts';
import { HashtagPairs1765500000000 } from './1765500000000-HashtagPairs';
import { SearchOneLanguage1765600000000 } from './1765600000000-SearchOneLanguage';
import { ItemCopiesIndex1765650000000 } from './1765650000000-ItemCopiesIndex';
import { GoalAlerts1765700000000 } from './1765700000000-GoalAlerts';
import { InterestLists1765800000000 } from './1765800000000-InterestLists';
import { ItemStream1765870000000 } from './1765870000000-ItemStream';
import { HashtagEngagement1765910000000 } from './1765910000000-HashtagEngagement';
import { ItemSourcePublishedIndex1765920000000 } from './1765920000000-ItemSourcePublishedIndex';
import { StreamAtCommit1765930000000 } from './1765930000000-StreamAtCommit';
import { DeletedOnPlatform1765940000000 } from './1765940000000-DeletedOnPlatform';
import { MentionCountsOnce1765960000000 } from './1765960000000-MentionCountsOnce';
import { EngagementOrder1765970000000 } from './1765970000000-EngagementOrder';
import { TopicSourceHours1766100000000 } from './1766100000000-TopicSourceHours';
import { TopicSourceLookups1766110000000 } from './1766110000000-TopicSourceLookups';
import { StreamRowsGoWithItems1766120000000 } from './1766120000000-StreamRowsGoWithItems';

/** In order. Listed explicitly so the same list works from source (tests, CLI) and from dist. */
export const migrations = [
  CoreSchema1764190000000,
  Collector1764200000000,
  TopicRematch1764210000000,
  LiveStream1764220000000,
  StatsRollups1764230000000,
  Alerts1764700000000,
  MentionFacets1764900000000,
  PollHistory1764900001000,
  Columns1765100000000,
  DemoWorkspace1765200000000,
  CollectorClaims1765310000000,
  Accounts1765400000000,
  HashtagPairs1765500000000,
  SearchOneLanguage1765600000000,
  ItemCopiesIndex1765650000000,
  GoalAlerts1765700000000,
  InterestLists1765800000000,
  ItemStream1765870000000,
  HashtagEngagement1765910000000,
  ItemSourcePublishedIndex1765920000000,
  StreamAtCommit1765930000000,
  DeletedOnPlatform1765940000000,
  MentionCountsOnce1765960000000,
  EngagementOrder1765970000000,
  TopicSourceHours1766100000000,
  TopicSourceLookups1766110000000,
  StreamRowsGoWithItems1766120000000,
];
