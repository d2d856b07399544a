import { commands } from './commands';
import { runLyt } from './testing/run-command';

describe('the lyt command line', () => {
  describe('--help', () => {
    it('lists every command on one line with what it does, and exits 0', async () => {
      const { code, stdout } = await runLyt(['--help']);

      expect(code).toBe(0);
      const listed = stdout
        .split('\n')
        .filter((line) => /^ {2}\S/.test(line))
        .map((line) => line.trim().split(/\s+/)[0]);
      expect(listed).toEqual(commands.map((command) => command.name));
      for (const command of commands) {
        const lines = stdout
          .split('\n')
          .filter((line) => line.startsWith(`  ${command.name} `));
        expect(lines).toEqual([expect.stringContaining(command.summary)]);
      }
    });

    it('is also what `help` prints, while no command at all prints it and fails', async () => {
      const help = await runLyt(['--help']);

      expect((await runLyt(['help'])).stdout).toBe(help.stdout);
      expect(await runLyt([])).toMatchObject({ code: 2, stdout: help.stdout });
    });
  });

  describe.each(commands.map((command) => [command.name, command] as const))(
    '%s --help',
    (name, command) => {
      it('shows its usage, what it does and every option its usage names', async () => {
        const { code, stdout } = await runLyt([name, '--help']);

        expect(code).toBe(0);
        expect(stdout).toContain(`Usage: npm run -s lyt -- ${command.usage}`);
        expect(stdout).toContain(command.summary);
        const flags = command.usage.match(/--[a-z-]+/g) ?? [];
        for (const flag of flags)
          expect(stdout).toMatch(new RegExp(`^ {2}${flag}\\b`, 'm'));
        expect((await runLyt(['help', name])).stdout).toBe(stdout);
      });
    },
  );

  it('names an unknown command in one error line and exits 2', async () => {
    for (const argv of [['tail'], ['help', 'tail']]) {
      const { code, stdout, stderr } = await runLyt(argv);

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('error: unknown command "tail" (see --help)\n');
    }
  });
});
