// n8n's community-node lint (the rules n8n applies when it verifies a package).
import { config } from '@n8n/node-cli/eslint';

export default config;
