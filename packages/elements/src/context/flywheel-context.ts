import { createContext } from '@lit/context';
import type { FlywheelClient } from '@flywheel/sdk';
import type { Messages } from '../i18n/messages.js';

/** What `<fw-provider>` shares with every widget inside it. */
export interface FlywheelSettings {
  readonly apiBase: string | undefined;
  readonly publishableKey: string | undefined;
  /** BCP 47 tag chosen by the host, e.g. `de` or `pt-BR`. */
  readonly locale: string | undefined;
  readonly theme: Theme | undefined;
  /** Host overrides of any message. */
  readonly messages: Partial<Messages> | undefined;
  /** A client the host made itself (custom fetch, secret-free server proxy, tests); wins over apiBase/key. */
  readonly client: FlywheelClient | undefined;
}

export type Theme = 'light' | 'dark' | 'auto';

export const flywheelContext = createContext<FlywheelSettings>(Symbol.for('flywheel.settings'));
