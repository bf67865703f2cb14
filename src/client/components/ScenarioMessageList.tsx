import type { ScenarioMessage } from '../../scenario/scenarioMessage.ts';

/** Problems in a scenario file, each with file, line and column, its code and what is wrong. */
export function ScenarioMessageList({ messages }: { messages: ScenarioMessage[] }) {
  return (
    <ol className="scenario-messages">
      {messages.map((message, index) => (
        <li key={index}>
          <span className="scenario-messages__where">
            {message.file}:{message.line}:{message.column}
          </span>{' '}
          <code>{message.code}</code> {message.path !== '' && <code>{message.path}</code>} {message.message}
        </li>
      ))}
    </ol>
  );
}
