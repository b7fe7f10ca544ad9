// Users as GitHub renders them: the simple-user embedded everywhere and the authenticated user.
import { HTML_URL, nodeId, type Site } from './site.ts';

export function toSimpleUser(site: Site, login: string) {
  const user = site.state.user(login);
  const api = `${site.apiUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Organization' ? 'O' : user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: user.type === 'Bot' ? `${HTML_URL}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${HTML_URL}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function toNullableUser(site: Site, login: string | null) {
  return login === null ? null : toSimpleUser(site, login);
}

/** GET /user for a user token: the private view of one's own account. */
export function toAuthenticatedUser(site: Site, login: string) {
  return {
    ...toSimpleUser(site, login),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: site.state.createdAt,
    updated_at: site.state.createdAt,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** OWNER for the repository's owner, COLLABORATOR for those who can be assigned, else NONE. */
export function authorAssociation(site: Site, login: string): 'OWNER' | 'COLLABORATOR' | 'NONE' {
  if (login.toLowerCase() === site.state.owner.toLowerCase()) return 'OWNER';
  return site.state.findAssignable(login) ? 'COLLABORATOR' : 'NONE';
}
