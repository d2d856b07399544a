import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TopicKind } from '@lyt/contracts';

@Entity('topic')
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: TopicKind;

  @Column({ type: 'text' })
  query!: string;

  @Column({ type: 'text' })
  color!: string;

  @Column({ type: 'boolean' })
  demo!: boolean;

  @Column({ type: 'integer', name: 'query_version' })
  queryVersion!: number;

  @Column({ type: 'text', name: 'rematch_status' })
  rematchStatus!: 'running' | 'done';

  @Column({ type: 'integer', name: 'rematch_processed' })
  rematchProcessed!: number;

  @Column({ type: 'integer', name: 'rematch_total' })
  rematchTotal!: number;

  @Column({ type: 'timestamptz', name: 'rematch_finished_at', nullable: true })
  rematchFinishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
