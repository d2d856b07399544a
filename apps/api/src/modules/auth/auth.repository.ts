import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@lyt/contracts';
import { AccessTokenEntity, TokenOrigin } from './entities/access-token.entity';

const TOKEN_LOCK = 0x6c797401;

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findRole(tokenHash: string): Promise<Role | null> {
    const token = await this.dataSource
      .getRepository(AccessTokenEntity)
      .findOne({ where: { tokenHash } });
    return token?.role ?? null;
  }

  /** Runs `work` while holding a lock that serialises token setup across processes. */
  withTokenLock<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [TOKEN_LOCK]);
      return work(manager);
    });
  }

  countByRole(manager: EntityManager, role: Role): Promise<number> {
    return manager.getRepository(AccessTokenEntity).count({ where: { role } });
  }

  async replaceRole(
    manager: EntityManager,
    role: Role,
    tokenHash: string,
    origin: TokenOrigin,
  ): Promise<void> {
    const repository = manager.getRepository(AccessTokenEntity);
    await repository.delete({ role });
    await repository.insert({ role, tokenHash, origin });
  }

  async hasHash(
    manager: EntityManager,
    role: Role,
    tokenHash: string,
  ): Promise<boolean> {
    return (
      (await manager
        .getRepository(AccessTokenEntity)
        .count({ where: { role, tokenHash } })) > 0
    );
  }
}
