import { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = `coalesce(title, '') || ' ' || text`;

/**
 * An item whose language is known gets the full-text vector of that language
 * alone; only items in another or no language keep Danish and English both.
 * Half the lexemes for most items: a cheaper insert and a smaller index. The
 * search itself still asks in both languages.
 */
export class SearchOneLanguage1765600000000 implements MigrationInterface {
  name = 'SearchOneLanguage1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE item DROP COLUMN search`);
    await db.query(`
      ALTER TABLE item ADD COLUMN search tsvector GENERATED ALWAYS AS (
        CASE language
          WHEN 'da' THEN to_tsvector('danish'::regconfig, ${BODY})
          WHEN 'en' THEN to_tsvector('english'::regconfig, ${BODY})
          ELSE to_tsvector('danish'::regconfig, ${BODY}) || to_tsvector('english'::regconfig, ${BODY})
        END) STORED`);
    await db.query(`CREATE INDEX item_search_idx ON item USING gin (search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE item DROP COLUMN search`);
    await db.query(`
      ALTER TABLE item ADD COLUMN search tsvector GENERATED ALWAYS AS (
        to_tsvector('danish'::regconfig, ${BODY}) || to_tsvector('english'::regconfig, ${BODY})
      ) STORED`);
    await db.query(`CREATE INDEX item_search_idx ON item USING gin (search)`);
  }
}
