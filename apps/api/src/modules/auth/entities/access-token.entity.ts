import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@lyt/contracts';

export type TokenOrigin = 'generated' | 'environment';

@Entity('access_token')
export class AccessTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** SHA-256 of the token: tokens are 256 random bits, so a slow hash adds nothing. */
  @Column({ type: 'text', name: 'token_hash' })
  tokenHash!: string;

  @Column({ type: 'text' })
  origin!: TokenOrigin;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
