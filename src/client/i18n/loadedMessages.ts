import type { Catalogues } from '../../shared/i18n/catalogue.ts';
import type { Message } from '../../shared/i18n/message.ts';
import { entryMessages } from './entryMessages.ts';
import type { ClientMessages } from './messages.ts';

const loaded = { en: { ...entryMessages.en } as Record<string, Message>, nl: { ...entryMessages.nl } as Record<string, Message> };
let screenMessagesLoading: Promise<void> | undefined;

/**
 * The client's messages as far as they have loaded: the entry's at once, the other screens' once
 * `loadScreenMessages` is done. Typed as all of them, since a screen that speaks the others
 * renders only after they have loaded.
 */
export const loadedMessages = loaded as unknown as Catalogues<ClientMessages>;

/** Loads the other screens' messages (the first time only), for a screen that speaks them. */
export function loadScreenMessages(): Promise<void> {
  screenMessagesLoading ??= import('./screenMessages.ts').then(({ screenMessages }) => {
    Object.assign(loaded.en, screenMessages.en);
    Object.assign(loaded.nl, screenMessages.nl);
  });
  return screenMessagesLoading;
}
