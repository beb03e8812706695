import type { CommandRunner } from '../../actions/useCommand';

/** The translated reason the server refused the last command, announced to screen readers. */
export function RefusalNotice({ runner }: { runner: Pick<CommandRunner, 'error' | 'code'> }) {
  if (!runner.error) return null;
  return (
    <p className="field__error" role="alert" data-testid="refusal" data-code={runner.code ?? ''}>
      {runner.error}
    </p>
  );
}
