import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { InterestList } from '@lyt/contracts';
import type {
  CreateInterestListDto,
  UpdateInterestListDto,
} from './interest-list.dto';
import {
  InterestListRow,
  InterestListsRepository,
} from './interest-lists.repository';

/** Interest lists (tip 2): sources and accounts of a field gathered under one name. */
@Injectable()
export class InterestListsService {
  constructor(private readonly lists: InterestListsRepository) {}

  async list(): Promise<InterestList[]> {
    return (await this.lists.list()).map(toView);
  }

  async get(id: string): Promise<InterestList> {
    const row = await this.lists.find(id);
    if (!row) throw new NotFoundException(`no list ${id}`);
    return toView(row);
  }

  async create(dto: CreateInterestListDto): Promise<InterestList> {
    const members = await this.members(
      dto.sourceIds ?? [],
      dto.accountIds ?? [],
    );
    return this.get(await this.save(null, dto.name, members));
  }

  async update(id: string, dto: UpdateInterestListDto): Promise<InterestList> {
    const current = await this.get(id);
    const members =
      dto.sourceIds === undefined && dto.accountIds === undefined
        ? undefined
        : await this.members(
            dto.sourceIds ??
              (dto.accountIds === undefined ? current.sourceIds : []),
            dto.accountIds ?? [],
          );
    return this.get(await this.save(id, dto.name, members));
  }

  async remove(id: string): Promise<void> {
    if (!(await this.lists.remove(id)))
      throw new NotFoundException(`no list ${id}`);
  }

  private async members(
    sourceIds: string[],
    accountIds: string[],
  ): Promise<string[]> {
    const resolved = await this.lists.resolveMembers(
      sourceIds.map((id) => id.toLowerCase()),
      accountIds.map((id) => id.toLowerCase()),
    );
    if (resolved.unknownSources.length > 0)
      throw new BadRequestException(
        `sourceIds: no source ${resolved.unknownSources[0]}`,
      );
    if (resolved.unknownAccounts.length > 0)
      throw new BadRequestException(
        `accountIds: no account ${resolved.unknownAccounts[0]}`,
      );
    return resolved.sourceIds;
  }

  private async save(
    id: string | null,
    name: string | undefined,
    members: string[] | undefined,
  ) {
    try {
      return await this.lists.save(id, name?.trim(), members);
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new ConflictException(
          `name: a list called ${name} exists already`,
        );
      throw error;
    }
  }
}

function toView(row: InterestListRow): InterestList {
  return {
    id: row.id,
    name: row.name,
    sourceIds: row.sourceIds,
    accountIds: row.accountIds,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
