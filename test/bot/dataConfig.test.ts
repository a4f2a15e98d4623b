import { DEFAULT_FEEDBACK_SALT, loadConfig, redactedConfig } from '../../src/config/config';
import { CatalogError } from '../../src/errors/catalog';

const salt = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

describe('the storage settings', () => {
  it('keep data in .data and hash users with the documented default salt when nothing is set', () => {
    expect(loadConfig({ DATA_DIR: '', FEEDBACK_SALT: '' })).toMatchObject({
      dataDir: '.data',
      feedbackSalt: DEFAULT_FEEDBACK_SALT
    });
  });

  it('take DATA_DIR and FEEDBACK_SALT from the environment', () => {
    expect(loadConfig({ DATA_DIR: ' /var/lib/csp-bot ', FEEDBACK_SALT: salt })).toMatchObject({
      dataDir: '/var/lib/csp-bot',
      feedbackSalt: salt
    });
  });

  it('refuse a FEEDBACK_SALT too short to be a secret', () => {
    expect(() => loadConfig({ FEEDBACK_SALT: 'short' })).toThrow(CatalogError);
    expect(() => loadConfig({ FEEDBACK_SALT: 'short' })).toThrow(/FEEDBACK_SALT must be at least 16 characters/);
  });

  it('never show the salt in what is logged, only whether it was set', () => {
    const shown = redactedConfig(loadConfig({ FEEDBACK_SALT: salt }));

    expect(JSON.stringify(shown)).not.toContain(salt);
    expect(shown).toMatchObject({ feedbackSaltSet: true });
    expect(redactedConfig(loadConfig({}))).toMatchObject({ feedbackSaltSet: false });
  });
});
