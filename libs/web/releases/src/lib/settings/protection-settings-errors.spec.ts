import { ApiFailure } from '@vielfalt/web-data-access';
import { protectionSettingsErrorsOf, serverErrorsOf } from './protection-settings-errors';

describe('protection settings checks', () => {
  it('accept the defaults and the floors themselves', () => {
    expect(protectionSettingsErrorsOf({ k: 5, minRespondents: 10 })).toEqual({});
    expect(protectionSettingsErrorsOf({ k: 3, minRespondents: 3 })).toEqual({});
  });

  it('refuse k below 3', () => {
    expect(protectionSettingsErrorsOf({ k: 2, minRespondents: 10 })).toEqual({
      k: 'releases.settings.errors.kFloor',
    });
  });

  it('refuse a minimum number of respondents below k', () => {
    expect(protectionSettingsErrorsOf({ k: 6, minRespondents: 5 })).toEqual({
      minRespondents: 'releases.settings.errors.minRespondentsBelowK',
    });
  });

  it('refuse values above the ceilings the server enforces, and accept the ceilings themselves', () => {
    expect(protectionSettingsErrorsOf({ k: 101, minRespondents: 200 })).toEqual({
      k: 'releases.settings.errors.kCeiling',
    });
    expect(protectionSettingsErrorsOf({ k: 5, minRespondents: 1001 })).toEqual({
      minRespondents: 'releases.settings.errors.minRespondentsCeiling',
    });
    expect(protectionSettingsErrorsOf({ k: 100, minRespondents: 1000 })).toEqual({});
  });

  it('refuse empty fields and fractions', () => {
    expect(protectionSettingsErrorsOf({ k: null, minRespondents: 4.5 })).toEqual({
      k: 'releases.settings.errors.kInteger',
      minRespondents: 'releases.settings.errors.minRespondentsInteger',
    });
  });

  it('name the fields the server refused', () => {
    const failure = new ApiFailure(400, 'validation_failed', [
      { field: 'minRespondents', message: 'must be at least k' },
      { field: 'other', message: 'ignored' },
    ]);
    expect(serverErrorsOf(failure)).toEqual({ minRespondents: 'releases.settings.errors.server' });
  });
});
