import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('source')
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'integer', name: 'interval_seconds' })
  intervalSeconds!: number;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ type: 'boolean' })
  demo!: boolean;

  @Column({ type: 'text', nullable: true })
  etag!: string | null;

  @Column({ type: 'text', name: 'last_modified', nullable: true })
  lastModified!: string | null;

  @Column({ type: 'timestamptz', name: 'next_poll_at' })
  nextPollAt!: Date;

  /** The collector polling it right now (see CollectorHeartbeat), or null. */
  @Column({ type: 'uuid', name: 'claimed_by', nullable: true })
  claimedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'last_polled_at', nullable: true })
  lastPolledAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'last_ok_at', nullable: true })
  lastOkAt!: Date | null;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column({ type: 'text', name: 'last_status', nullable: true })
  lastStatus!: string | null;

  @Column({ type: 'integer', name: 'error_count' })
  errorCount!: number;

  @Column({ type: 'integer', name: 'items_seen' })
  itemsSeen!: number;

  @Column({ type: 'timestamptz', name: 'last_new_item_at', nullable: true })
  lastNewItemAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
