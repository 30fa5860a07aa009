import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, SessionResponse, SessionUser } from '@vielfalt/contracts';
import { ApiFailure } from '../http/api-failure';
import { apiErrorInterceptor } from '../http/api-error-interceptor';
import { SessionStore } from './session-store';

const council: SessionUser = { id: 'u-1', username: 'test.council', displayName: 'Test Council', roles: ['council'] };

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([apiErrorInterceptor])), provideHttpClientTesting()],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets the store's awaited promises move on to their next request. */
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('knows the signed-in user and their roles after loading the session', async () => {
    const loading = store.load();
    http.expectOne({ method: 'GET', url: '/api/auth/session' }).flush({ user: council } satisfies SessionResponse);

    expect(await loading).toEqual(council);
    expect(store.user()).toEqual(council);
    expect(store.signedIn()).toBeTrue();
    expect(store.hasRole('council', 'admin')).toBeTrue();
    expect(store.hasRole('admin')).toBeFalse();
  });

  it('asks the server only once however often the session is loaded', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne('/api/auth/session').flush({ user: null } satisfies SessionResponse);

    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(store.signedIn()).toBeFalse();
  });

  it('sets the user from the login answer', async () => {
    const login = store.login('test.council', 'a test password');
    http.expectOne('/api/auth/session').flush({ user: null } satisfies SessionResponse);
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ username: 'test.council', password: 'a test password' });
    request.flush({ user: council } satisfies SessionResponse);

    expect(await login).toEqual(council);
    expect(store.user()).toEqual(council);
  });

  it('surfaces the API error code when the credentials are wrong', async () => {
    const login = store.login('test.council', 'wrong');
    http.expectOne('/api/auth/session').flush({ user: null } satisfies SessionResponse);
    await settle();
    const body: ApiError = { code: 'invalid_credentials', message: 'Invalid username or password' };
    http.expectOne('/api/auth/login').flush(body, { status: 401, statusText: 'Unauthorized' });

    await expectAsync(login).toBeRejectedWith(new ApiFailure(401, 'invalid_credentials'));
    expect(store.user()).toBeNull();
  });

  it('surfaces too_many_requests when sign-in is throttled', async () => {
    const login = store.login('test.council', 'wrong');
    http.expectOne('/api/auth/session').flush({ user: null } satisfies SessionResponse);
    await settle();
    const body: ApiError = { code: 'too_many_requests', message: 'Too many requests' };
    http.expectOne('/api/auth/login').flush(body, { status: 429, statusText: 'Too Many Requests' });

    await expectAsync(login).toBeRejectedWith(jasmine.objectContaining({ status: 429, code: 'too_many_requests' }));
  });

  it('reports network_error when the server cannot be reached', async () => {
    const loading = store.load();
    http.expectOne('/api/auth/session').error(new ProgressEvent('error'), { status: 0 });

    await expectAsync(loading).toBeRejectedWith(jasmine.objectContaining({ code: 'network_error' }));
  });

  it('forgets the user on logout, even when the server call fails', async () => {
    const loading = store.load();
    http.expectOne('/api/auth/session').flush({ user: council } satisfies SessionResponse);
    await loading;

    const logout = store.logout();
    http
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 500, statusText: 'Server Error' });

    await expectAsync(logout).toBeRejected();
    expect(store.user()).toBeNull();
  });
});
