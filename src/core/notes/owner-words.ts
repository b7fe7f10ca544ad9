// Words that look like owners (a capitalised word or an all-caps token before a colon) but are
// labels, acronyms or time words. They keep 'Note: ...' and 'CI: ...' lines owner-less.

/**
 * Compared in lower case. Labels people write before a colon, words that start sentences, the areas
 * and tools notes group tasks under ('Security: ...', 'GitHub: ...'), and the roles and headers of a
 * meeting ('Scribe: Ana', 'Recording: <link>', 'Follow-ups:').
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set(`
note notes nota decision decisions decided agreed agreement agreements consensus update updates
status question questions answer answers idea ideas next summary context todo todos done action
actions task tasks item items goal goals objective objectives plan plans proposal proposals topic
topics agenda outcome outcomes result results conclusion conclusions resolution resolved problem
problems issue issues bug bugs blocker blockers blocked risk risks reminder reminders deadline
deadlines timeline milestone milestones release releases version versions meeting meetings
discussion discussions follow followup followups background reason reasons example examples
important warning warnings caution info information fyi also and but or so then later today
tomorrow yesterday tonight now soon afterwards before after meanwhile week weekly weeks month
monthly months quarter year years date dates time times location venue attendees participants
present absent apologies owner owners assignee assignees who what when where why how docs doc
documentation readme link links resources resource references reference source sources pros cons
pro con yes no maybe ok okay please thanks thank comment comments feedback review reviews reviewed
priority priorities scope requirement requirements deliverable deliverables budget cost costs
estimate estimates progress report reports news announcement announcements recap overview
highlights wins learnings retro retrospective observation observations finding findings
suggestion suggestions recommendation recommendations option options alternative alternatives
solution solutions approach step steps phase stage part section point points remark remarks
aside edit edited updated added removed fixed changed new old current previous future short long
first second third last finally overall general misc other others rest bonus extra optional
required mandatory must should could would will can may might we i you they he she it this that
these those there here our my your their the a an to for in on at by with from of if re ps nb eg
ie etc faq tldr btw imo wip tbd tba asap eta pending ongoing upcoming blocked open closed waiting
meeting testing planning building hiring onboarding tracking reading writing funding training
hosting packaging debugging profiling porting networking scheduling nothing everything something
anything someone somebody nobody anyone ask tip tips hint hints fix fixes feature features change
changes changelog team teams group groups project projects repo repository code tests test build
ci cd docs website blog slides demo demos talk talks event events conference workshop hackathon
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december q a
linux windows docker github gitlab python rust java javascript typescript kubernetes android backend
frontend infra infrastructure security performance marketing sales legal finance design product
engineering ops devops support community database server cloud azure google slack discord zoom jira
confluence notion hackmd wiki email mail calendar
rationale scribe scribes chair chairs cochair host hosts facilitator moderator notetaker recording
recordings minutes attendance postponed deferred unresolved carryover carry-over backlog homework
someday parked parking parking-lot follow-up follow-ups`.split(/\s+/).filter(Boolean));

/** Compared in upper case. Tokens in capitals that are things, not people's initials. */
export const ACRONYMS: ReadonlySet<string> = new Set(`
TODO DONE NOTE FYI TBD TBA WIP ASAP ETA EOD EOW AI PR PRS CI CD API APIS OS VM VMS CPU GPU RAM ROM
USB SDK CLI GUI UI UX QA IO HTTP HTTPS DNS TCP UDP IP SSH TLS SSL JSON YAML XML HTML CSS JS TS SQL
DB AWS GCP ARM KVM QEMU GCC LLVM ELF ABI MVP POC ETA RFC CVE SMP MMU IRQ PCI NIC BIOS UEFI ACPI GSOC
EU US UK FAQ OK NB PS RE LTS CEST CET UTC PST EST GMT TLDR IMO IIRC AFAIK BTW ACK NACK LGTM CFP
FOSDEM MACOS IOS URL URLS ID IDS OSS KPI OKR OKRS RSVP`.split(/\s+/).filter(Boolean));

/**
 * Word endings of abstract nouns ('Recommendations', 'Agreement', 'Awareness'); a capitalised word
 * with one is taken for a label unless a participant has that name.
 */
export const LABEL_SUFFIX = /(?:tions?|sions?|ments?|ness|ities|ity|ships?|isms?|ings)$/i;
