// Texts of the dashboard in Vietnamese (the users' language, the default) and English.

const TEXTS = {
  vi: {
    title: 'Bảng điều khiển thi đua văn hóa công sở',
    subtitle: 'Phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”',
    switchLang: 'English',
    signOut: 'Đăng xuất',
    signInTitle: 'Đăng nhập bằng khóa API',
    signInHelp: 'Nhập khóa API do quản trị viên cấp (vai trò READER, BOARD hoặc ADMIN). Khóa chỉ được giữ trong thẻ trình duyệt này và bị xóa khi đóng thẻ.',
    apiKey: 'Khóa API',
    signIn: 'Đăng nhập',
    badKey: 'Khóa không hợp lệ, đã bị thu hồi hoặc đã hết hạn.',
    round: 'Đợt báo cáo',
    province: 'Tỉnh, thành phố',
    national: 'Toàn quốc',
    withReports: 'Có báo cáo',
    otherProvinces: 'Tỉnh, thành phố khác',
    loading: 'Đang tải…',
    noRounds: 'Chưa có đợt báo cáo nào.',
    forbidden: 'Khóa API này không được xem số liệu này (ngoài phạm vi của khóa).',
    notFound: 'Không có đợt báo cáo hoặc tỉnh này.',
    failed: 'Không tải được số liệu: {0}',
    rateLimited: 'Quá nhiều yêu cầu; thử lại sau {0} giây.',
    period: 'Kỳ báo cáo {0} – {1} · hạn nộp {2}',
    updatedAt: 'Số liệu cập nhật lúc {0}',
    neverUpdated: 'Chưa có báo cáo nào được tính.',
    progress: 'Tiến độ báo cáo',
    agenciesExpected: 'Cơ quan phải báo cáo',
    agenciesReported: 'Đã báo cáo',
    reportedOnTime: 'Đúng hạn',
    agenciesMissing: 'Chưa báo cáo',
    ofReported: 'trên số đã báo cáo',
    ofExpected: 'trên số phải báo cáo',
    missingTitle: 'Chưa báo cáo',
    remind: 'Nhắc',
    reminding: 'Đang gửi lời nhắc…',
    reminded: 'Đã xếp {0} lời nhắc gửi tới {1} cơ quan chưa báo cáo.',
    remindedSome: 'Đã xếp {0} lời nhắc gửi tới {1} cơ quan chưa báo cáo; không có cổng nào nhận lời nhắc cho: {2}.',
    mailed: 'Đã gửi {0} thư điện tử nhắc nộp báo cáo.',
    draftsLink: 'Dự thảo từ văn bản',
    missingNational: 'Chọn một tỉnh để xem danh sách cơ quan chưa báo cáo.',
    noneMissing: 'Mọi cơ quan đã báo cáo.',
    code: 'Mã',
    name: 'Tên',
    kind: 'Loại',
    bloc: 'Khối thi đua',
    page: 'Trang {0}/{1} · {2} cơ quan',
    previous: '‹ Trước',
    next: 'Sau ›',
    measuresTitle: 'Tham gia và cam kết',
    measuresHelp: 'Tỷ lệ cộng các số người các cơ quan nêu và, với cơ quan chỉ nêu tỷ lệ %, tỷ lệ × quân số; “ước tính” khi có tỷ lệ % đi vào phép tính. Cơ quan chỉ nêu % mà không có quân số chỉ được tính ở cột % đã nêu.',
    figure: 'Chỉ tiêu',
    rate: 'Tỷ lệ',
    over: 'Trên',
    stating: 'Cơ quan nêu',
    percentOnly: 'Chỉ nêu %',
    withoutBase: 'Không có quân số',
    statedPercent: '% đã nêu (TB · thấp · cao)',
    estimated: 'ước tính',
    participation: 'Tham gia phong trào',
    commitments: 'Ký cam kết',
    memberUnitsWithCultureRules: 'Đơn vị đưa văn hóa công sở vào quy chế',
    memberUnitsWithPlans: 'Đơn vị có kế hoạch',
    percentOnlyNote: '{0} cơ quan chỉ nêu tỷ lệ %, trong đó {1} không có quân số.',
    titleMeasures: 'Danh hiệu chỉ nêu theo tỷ lệ %',
    coverageTitle: 'Số cơ quan đã thực hiện',
    coverageHelp: 'Đếm cơ quan, không đếm văn bản: trong số cơ quan đã báo cáo, bao nhiêu cơ quan đã làm từng việc. Văn bản của cấp trên mà cơ quan trích dẫn không được tính là văn bản tự ban hành.',
    coverageItem: 'Nội dung',
    coverageAgencies: 'Số cơ quan / đã báo cáo',
    coverageChart: 'Biểu đồ tỷ lệ cơ quan đã thực hiện, trên số cơ quan đã báo cáo',
    coverageOwnPlan: 'Tự ban hành kế hoạch',
    coverageOwnRegulation: 'Tự ban hành quy chế, quy định',
    coverageCommitments: 'Có tổ chức ký cam kết',
    coverageModels: 'Có mô hình, cách làm hay',
    coverageCulturalStandard: 'Đạt chuẩn văn hóa',
    modelsTitle: 'Mô hình, cách làm hay',
    modelsTotal: 'Tổng số mô hình',
    modelsNamed: 'Được nêu tên',
    sector: 'Lĩnh vực',
    count: 'Số lượng',
    directivesTitle: 'Văn bản chỉ đạo',
    ownDirectives: 'Văn bản tự ban hành',
    citedTitle: 'Văn bản cấp trên được trích dẫn nhiều nhất',
    number: 'Số hiệu',
    issuedBy: 'Cơ quan ban hành',
    documentTitle: 'Trích yếu',
    citingAgencies: 'Số cơ quan trích dẫn',
    noNumber: '(không số)',
    commendationsTitle: 'Khen thưởng và danh hiệu thi đua',
    commendationsByYear: 'Khen thưởng theo năm',
    form: 'Hình thức',
    recipient: 'Đối tượng',
    year: 'Năm',
    titles: 'Danh hiệu thi đua theo năm',
    titleName: 'Danh hiệu',
    unspecifiedYear: 'không rõ năm',
    provincesTitle: 'Các tỉnh, thành phố có báo cáo',
    reportingRate: 'Tỷ lệ báo cáo',
    onTimeRate: 'Tỷ lệ đúng hạn',
    participationRate: 'Tỷ lệ tham gia',
    models: 'Mô hình',
    trendTitle: 'Diễn biến qua các đợt',
    trendNational: 'Toàn quốc qua các đợt',
    commendations: 'Khen thưởng',
    directives: 'Văn bản',
    none: 'Không có số liệu.',
    dash: '–',
  },
  en: {
    title: 'Workplace culture emulation dashboard',
    subtitle: 'The movement “Officials and public employees emulate in practising workplace culture”',
    switchLang: 'Tiếng Việt',
    signOut: 'Sign out',
    signInTitle: 'Sign in with an API key',
    signInHelp: 'Enter the API key an administrator gave you (role READER, BOARD or ADMIN). It is kept in this browser tab only and forgotten when the tab closes.',
    apiKey: 'API key',
    signIn: 'Sign in',
    badKey: 'The key is unknown, revoked or expired.',
    round: 'Reporting round',
    province: 'Province',
    national: 'Whole country',
    withReports: 'With reports',
    otherProvinces: 'Other provinces',
    loading: 'Loading…',
    noRounds: 'There is no reporting round yet.',
    forbidden: 'This API key may not see these figures (outside its scope).',
    notFound: 'No such round or province.',
    failed: 'The figures could not be loaded: {0}',
    rateLimited: 'Too many requests; try again in {0} s.',
    period: 'Period {0} – {1} · due {2}',
    updatedAt: 'Figures as of {0}',
    neverUpdated: 'No report has counted yet.',
    progress: 'Reporting progress',
    agenciesExpected: 'Agencies expected',
    agenciesReported: 'Reported',
    reportedOnTime: 'On time',
    agenciesMissing: 'Not reported',
    ofReported: 'of those reported',
    ofExpected: 'of those expected',
    missingTitle: 'Not reported',
    remind: 'Remind',
    reminding: 'Sending reminders…',
    reminded: '{0} reminders queued for the {1} agencies that have not reported.',
    remindedSome: '{0} reminders queued for the {1} agencies that have not reported; no portal takes reminders for: {2}.',
    mailed: '{0} reminder e-mails sent.',
    draftsLink: 'Drafts from documents',
    missingNational: 'Choose a province to see which agencies have not reported.',
    noneMissing: 'Every agency has reported.',
    code: 'Code',
    name: 'Name',
    kind: 'Kind',
    bloc: 'Emulation bloc',
    page: 'Page {0}/{1} · {2} agencies',
    previous: '‹ Previous',
    next: 'Next ›',
    measuresTitle: 'Participation and commitments',
    measuresHelp: 'Rates add the counts the agencies state and, for an agency stating only a percent, percent × its headcount; “estimated” once a percent entered them. An agency with a percent and no headcount counts only in the stated percents.',
    figure: 'Figure',
    rate: 'Rate',
    over: 'Over',
    stating: 'Agencies stating',
    percentOnly: 'Percent only',
    withoutBase: 'No headcount',
    statedPercent: 'Stated % (mean · min · max)',
    estimated: 'estimated',
    participation: 'Take part in the movement',
    commitments: 'Signed commitments',
    memberUnitsWithCultureRules: 'Units with workplace culture in their rules',
    memberUnitsWithPlans: 'Units with a plan',
    percentOnlyNote: '{0} agencies stated only a percent, {1} of them without a headcount.',
    titleMeasures: 'Titles stated only as a percent',
    coverageTitle: 'Agencies that acted',
    coverageHelp: 'Agencies, not documents: of the agencies reported, how many did each thing. A higher body’s document an agency cites does not count as its own.',
    coverageItem: 'What',
    coverageAgencies: 'Agencies / reported',
    coverageChart: 'Chart of the share of agencies that acted, of the agencies reported',
    coverageOwnPlan: 'Issued their own plan',
    coverageOwnRegulation: 'Issued their own regulation',
    coverageCommitments: 'Had commitments signed',
    coverageModels: 'Have models of good practice',
    coverageCulturalStandard: 'Cultural standard unit',
    modelsTitle: 'Models of good practice',
    modelsTotal: 'Models in all',
    modelsNamed: 'Named',
    sector: 'Sector',
    count: 'Count',
    directivesTitle: 'Directives',
    ownDirectives: 'Own documents',
    citedTitle: 'Most cited higher documents',
    number: 'Number',
    issuedBy: 'Issued by',
    documentTitle: 'Title',
    citingAgencies: 'Citing agencies',
    noNumber: '(no number)',
    commendationsTitle: 'Commendations and emulation titles',
    commendationsByYear: 'Commendations by year',
    form: 'Form',
    recipient: 'Recipient',
    year: 'Year',
    titles: 'Emulation titles by year',
    titleName: 'Title',
    unspecifiedYear: 'year not stated',
    provincesTitle: 'Provinces with reports',
    reportingRate: 'Reporting rate',
    onTimeRate: 'On-time rate',
    participationRate: 'Participation rate',
    models: 'Models',
    trendTitle: 'Over the rounds',
    trendNational: 'Whole country over the rounds',
    commendations: 'Commendations',
    directives: 'Directives',
    none: 'No figures.',
    dash: '–',
  },
};

const LABELS = {
  vi: {
    ADMINISTRATION: 'Hành chính', HEALTH: 'Y tế', EDUCATION: 'Giáo dục', ENTERPRISE: 'Doanh nghiệp',
    PUBLIC_SERVICE: 'Dịch vụ công', OTHER: 'Khác', UNSPECIFIED: 'Không nêu tên',
    PLAN: 'Kế hoạch', DECISION: 'Quyết định', GUIDANCE: 'Hướng dẫn', OFFICIAL_LETTER: 'Công văn',
    REGULATION: 'Quy chế, quy định', DIRECTIVE: 'Chỉ thị', RESOLUTION: 'Nghị quyết',
    ORDER: 'Huân chương', MEDAL: 'Huy chương', PRIME_MINISTER_MERIT: 'Bằng khen Thủ tướng',
    MINISTRY_PROVINCE_MERIT: 'Bằng khen bộ, ngành, tỉnh', CERTIFICATE_OF_MERIT: 'Giấy khen', PRAISE: 'Biểu dương',
    COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân',
    GOVERNMENT_EMULATION_FLAG: 'Cờ thi đua của Chính phủ', PROVINCIAL_EMULATION_FLAG: 'Cờ thi đua cấp bộ, tỉnh',
    EXCELLENT_LABOUR_COLLECTIVE: 'Tập thể lao động xuất sắc', ADVANCED_LABOUR_COLLECTIVE: 'Tập thể lao động tiên tiến',
    CULTURAL_STANDARD_UNIT: 'Đơn vị đạt chuẩn văn hóa', NATIONAL_EMULATION_FIGHTER: 'Chiến sĩ thi đua toàn quốc',
    PROVINCIAL_EMULATION_FIGHTER: 'Chiến sĩ thi đua cấp bộ, tỉnh', GRASSROOTS_EMULATION_FIGHTER: 'Chiến sĩ thi đua cơ sở',
    ADVANCED_WORKER: 'Lao động tiên tiến',
    PROVINCIAL_DEPARTMENT: 'Sở, ban, ngành', OFFICE: 'Văn phòng', MASS_ORGANISATION: 'Đoàn thể',
    DISTRICT_COMMITTEE: 'UBND cấp huyện, xã', PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp',
    ANNUAL: 'Hằng năm', MIDTERM_REVIEW: 'Sơ kết', FINAL_REVIEW: 'Tổng kết',
  },
  en: {
    ADMINISTRATION: 'Administration', HEALTH: 'Health', EDUCATION: 'Education', ENTERPRISE: 'Enterprise',
    PUBLIC_SERVICE: 'Public service', OTHER: 'Other', UNSPECIFIED: 'Not named',
    PLAN: 'Plan', DECISION: 'Decision', GUIDANCE: 'Guidance', OFFICIAL_LETTER: 'Official letter',
    REGULATION: 'Regulation', DIRECTIVE: 'Directive', RESOLUTION: 'Resolution',
    ORDER: 'Order', MEDAL: 'Medal', PRIME_MINISTER_MERIT: 'Prime Minister’s certificate',
    MINISTRY_PROVINCE_MERIT: 'Ministry or province certificate', CERTIFICATE_OF_MERIT: 'Certificate of merit',
    PRAISE: 'Praise', COLLECTIVE: 'Collective', INDIVIDUAL: 'Individual',
    GOVERNMENT_EMULATION_FLAG: 'Government emulation flag', PROVINCIAL_EMULATION_FLAG: 'Ministry or province emulation flag',
    EXCELLENT_LABOUR_COLLECTIVE: 'Excellent labour collective', ADVANCED_LABOUR_COLLECTIVE: 'Advanced labour collective',
    CULTURAL_STANDARD_UNIT: 'Cultural standard unit', NATIONAL_EMULATION_FIGHTER: 'National emulation fighter',
    PROVINCIAL_EMULATION_FIGHTER: 'Ministry or province emulation fighter',
    GRASSROOTS_EMULATION_FIGHTER: 'Grassroots emulation fighter', ADVANCED_WORKER: 'Advanced worker',
    PROVINCIAL_DEPARTMENT: 'Provincial department', OFFICE: 'Office', MASS_ORGANISATION: 'Mass organisation',
    DISTRICT_COMMITTEE: 'District or commune committee', PUBLIC_SERVICE_UNIT: 'Public service unit',
    ANNUAL: 'Annual', MIDTERM_REVIEW: 'Midterm review', FINAL_REVIEW: 'Final review',
  },
};

const LANG_KEY = 'vhcs.dashboard.lang';

export function lang() {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

export function setLang(value) {
  localStorage.setItem(LANG_KEY, value);
  document.documentElement.lang = value;
}

/** A text, with {0}, {1}, … replaced by the arguments. */
export function t(key, ...args) {
  const text = TEXTS[lang()][key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

/** The name of an enum value of the API (sector, kind, form, title…); the value itself when unknown. */
export function label(value) {
  return LABELS[lang()][value] ?? value;
}

/** A whole number as people read it: 1.234 in Vietnamese, 1,234 in English. */
export function count(value) {
  return value == null ? t('dash') : new Intl.NumberFormat(lang()).format(value);
}

/** A share (0…1) as a percent with at most one decimal: "79,3 %"; a null rate (no base) is a dash. */
export function percent(value) {
  if (value == null) {
    return t('dash');
  }
  return new Intl.NumberFormat(lang(), { maximumFractionDigits: 1 }).format(value * 100) + ' %';
}

/** A stated percent (already 0…100). */
export function statedPercent(value) {
  return value == null ? t('dash') : new Intl.NumberFormat(lang(), { maximumFractionDigits: 2 }).format(value) + ' %';
}

export function date(iso) {
  return iso == null ? t('dash') : new Intl.DateTimeFormat(lang(), { dateStyle: 'short' }).format(new Date(iso + 'T00:00:00'));
}

export function dateTime(iso) {
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date(iso));
}
