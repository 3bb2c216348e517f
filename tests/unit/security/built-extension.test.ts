/**
 * Unit tier: audits the built extension if a build is there (it builds nothing; `npm run test:e2e`
 * builds and runs the same audit from tests/e2e/privacy.e2e.ts).
 */
import { defineBuiltExtensionAudit } from './audit-suite';

defineBuiltExtensionAudit({ requireBuild: false });
