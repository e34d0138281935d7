import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/**
 * Storybook for the elements: stories in ../stories, rendered from the packages' sources (the
 * `source` export condition, as in the root vite.config.ts), with a fake API (no server needed)
 * and no telemetry. `pnpm test:stories` runs every story's play function as a test.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal(viteConfig) {
    return {
      ...viteConfig,
      resolve: { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] },
    };
  },
};

export default config;
