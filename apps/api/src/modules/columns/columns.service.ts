import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { type Column, MAX_COLUMNS } from '@lyt/contracts';
import { fail } from '../../common/query-params.util';
import { readColumnFilter } from './column-filter.util';
import { ColumnsRepository } from './columns.repository';
import type {
  CreateColumnDto,
  ReorderColumnsDto,
  UpdateColumnDto,
} from './dto/column.dto';

function readName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) fail('name', 'must not be blank');
  return trimmed;
}

/** The team's board of live columns: one shared order, at most MAX_COLUMNS. */
@Injectable()
export class ColumnsService {
  constructor(private readonly columns: ColumnsRepository) {}

  list(): Promise<Column[]> {
    return this.columns.list();
  }

  async get(id: string): Promise<Column> {
    const column = await this.columns.find(id);
    if (!column) throw new NotFoundException(`no column ${id}`);
    return column;
  }

  /** Added at the right end of the board. */
  create(dto: CreateColumnDto): Promise<Column> {
    const name = readName(dto.name);
    const filter = readColumnFilter(dto.filter);
    return this.columns.locked(async (db) => {
      const board = await this.columns.list(db);
      if (board.length >= MAX_COLUMNS)
        throw new ConflictException(
          `columns: the board holds at most ${MAX_COLUMNS}; remove one first`,
        );
      return this.columns.insert(db, name, filter, board.length);
    });
  }

  async update(id: string, dto: UpdateColumnDto): Promise<Column> {
    const column = await this.columns.update(id, {
      name: dto.name === undefined ? undefined : readName(dto.name),
      filter:
        dto.filter === undefined ? undefined : readColumnFilter(dto.filter),
    });
    if (!column) throw new NotFoundException(`no column ${id}`);
    return column;
  }

  /** The columns to its right move one place left. */
  async remove(id: string): Promise<void> {
    const removed = await this.columns.locked(async (db) => {
      if (!(await this.columns.remove(db, id))) return false;
      await this.columns.setOrder(
        db,
        (await this.columns.list(db)).map((column) => column.id),
      );
      return true;
    });
    if (!removed) throw new NotFoundException(`no column ${id}`);
  }

  /** `ids` must name every column once: a reorder made from a stale board is refused, not half applied. */
  reorder(dto: ReorderColumnsDto): Promise<Column[]> {
    const ids = dto.ids.map((id) => id.toLowerCase());
    return this.columns.locked(async (db) => {
      const board = (await this.columns.list(db)).map((column) => column.id);
      const same =
        new Set(ids).size === ids.length &&
        ids.length === board.length &&
        ids.every((id) => board.includes(id));
      if (!same)
        throw new BadRequestException(
          'ids: must list every column once; the board changed, reload it',
        );
      await this.columns.setOrder(db, ids);
      return this.columns.list(db);
    });
  }
}
