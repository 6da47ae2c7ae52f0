import type { Dict } from './en';

import type { Protocol } from '../lib/protocols';

const classPhrase = {
  sip: {
    1: '暫定応答（1xx）',
    2: '成功応答（2xx）',
    3: 'リダイレクト応答（3xx）',
    4: 'クライアントエラー応答（4xx）',
    5: 'サーバーエラー応答（5xx）',
    6: 'グローバルエラー応答（6xx）',
  },
  http: {
    1: '情報レスポンス（1xx）',
    2: '成功レスポンス（2xx）',
    3: 'リダイレクトレスポンス（3xx）',
    4: 'クライアントエラーレスポンス（4xx）',
    5: 'サーバーエラーレスポンス（5xx）',
  },
};

const codesOf: Record<Protocol, string> = { sip: 'SIP応答コード', http: 'HTTPステータスコード' };

const senders = {
  uas: 'UAS',
  proxy: 'プロキシ',
  registrar: 'レジストラ',
  redirect: 'リダイレクトサーバー',
  origin: 'オリジンサーバー',
  gateway: 'ゲートウェイ（リバースプロキシ、ロードバランサー、CDN）',
};

/** 日本語のUI文字列と文テンプレート。en.ts と同じキーがそろっていないと型エラーになります。 */
export const ja: Dict = {
  'site.name': 'ステータスコード・リファレンス',
  'site.tagline': 'SIPの応答コードとHTTPのステータスコードを、意味・発生する場面・対処方法まで日本語で解説します。',
  'site.footer': '名称はIANAレジストリに従っています。各定義から、それを定めたRFCの節へリンクしています。',
  'nav.skip': '本文へ移動',
  'nav.home': 'ホーム',
  'nav.breadcrumb': 'パンくずリスト',
  'lang.name': '日本語',
  'lang.switchLabel': 'このページを英語で読む',
  'lang.switchText': 'English',
  'search.label': 'コードを検索',
  'search.placeholder': 'コード番号・名前・キーワード',
  'search.submit': '検索',
  'search.loading': '検索しています…',
  'search.none': '該当するページはありません。',
  'search.results': (n: number) => `${n}件`,
  'search.unavailable': '検索を利用できません。コード一覧からお探しください。',
  'search.title': '検索',
  'search.intro':
    'コード番号、名前、ヘッダーフィールド、ふだんの言葉で、すべてのコードのページと比較ノートを検索できます。',
  'search.filters': '絞り込み',
  'search.protocol': 'プロトコル',
  'search.class': 'クラス',
  'search.any': 'すべて',
  'search.all': 'すべての結果と絞り込み',
  'search.more': 'さらに表示',
  'search.noscript':
    '検索はブラウザー上で動くため、JavaScriptが必要です。JavaScriptを使わない場合は、コード一覧からお探しください。',

  'home.title': 'SIP応答コードとHTTPステータスコードの解説',
  'home.intro':
    '登録されているすべてのSIP応答コードとHTTPステータスコードについて、意味、発生する場面、対処方法、定義しているRFCの節をまとめています。',
  'home.count': (n: number) => `登録コード${n}件`,
  'index.title': { sip: 'SIP応答コード一覧', http: 'HTTPステータスコード一覧' },
  'index.intro': (protocol: Protocol, n: number) =>
    `IANAレジストリに登録されている${codesOf[protocol]}${n}件を、クラス別に並べています。各ページで、コードの意味、発生する場面、対処方法を説明します。`,

  'class.name': {
    sip: {
      1: '暫定応答',
      2: '成功',
      3: 'リダイレクト',
      4: 'クライアントエラー',
      5: 'サーバーエラー',
      6: 'グローバルエラー',
    },
    http: { 1: '情報', 2: '成功', 3: 'リダイレクト', 4: 'クライアントエラー', 5: 'サーバーエラー' },
  },
  'class.meaning': {
    sip: {
      1: '1xx応答は暫定応答です。サーバーはまだリクエストを処理中で、このあと最終応答が届きます。',
      2: '2xx応答は最終応答で、リクエストが成功したことを示します。',
      3: '3xx応答は最終応答で、ユーザーの新しい所在や代替サービスなど、別の宛先を示します。',
      4: '4xx応答は、このサーバーでの確定した失敗です。同じリクエストをそのまま再送しても成功しませんが、別のサーバーなら成功する可能性があります。',
      5: '5xx応答は、リクエストではなくサーバー自体に問題があったことを示します。',
      6: '6xx応答はグローバルエラーです。ユーザーのどの所在に送っても失敗することをサーバーが知っているため、ほかの宛先を試すべきではありません。',
    },
    http: {
      1: '1xxレスポンスは中間的なレスポンスで、最終的なレスポンスの前に、コネクションやリクエストの状況を伝えます。',
      2: '2xxレスポンスは、リクエストが受信され、理解され、受け入れられたことを示します。',
      3: '3xxレスポンスは、リクエストを完了するために、ユーザーエージェントがリダイレクトをたどるなどの追加の操作をする必要があることを示します。',
      4: '4xxレスポンスは、クライアント側に誤りがあるとみられることを示します。リクエストを変えないかぎり成功しません。',
      5: '5xxレスポンスは、リクエスト自体は正しい可能性があるものの、サーバーが誤ったか、要求を実行できないことを示します。',
    },
  },
  'status.label': {
    current: '現行',
    deprecated: '非推奨',
    obsoleted: '廃止',
    unused: '未使用',
    temporary: '暫定登録',
  },

  'code.title': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}`,
  'code.facts': '基本情報',
  'code.class': 'クラス',
  'code.status': '状態',
  'code.spec': '定義',
  'code.headers': 'ヘッダーフィールド',
  'code.methods': '対象のリクエスト',
  'code.anyMethod': 'すべてのリクエスト',
  'code.senders': '送信元',
  'code.aliases': '別名',
  'code.neutralLink': 'チケット用リンク',
  'code.cacheable': 'ヒューリスティックなキャッシュ',
  'code.cacheableYes': '可能：明示的な鮮度情報がなくても、キャッシュが再利用できます',
  'code.cacheableNo': '不可：明示的な鮮度情報（Cache-Control、Expires）がある場合だけキャッシュされます',
  'section.description': '説明',
  'section.when': 'このコードが返される場面',
  'section.fix': '対処方法',
  'section.fixUser': { sip: '発信者・サポート担当者の方', http: '利用者・サポート担当者の方' },
  'section.fixEngineer': 'システムを運用・開発している方',
  'section.spec': '仕様',
  'section.related': '関連するコード',
  'section.compare': '比較',
  'section.sameNumber': (protocol: string) => `${protocol}の同じ番号`,
  'section.anchor': (heading: string) => `「${heading}」へのリンク`,
  'section.copied': 'この節へのリンクをコピーしました',
  'spec.text': (doc: string, section: string) => `${doc}の${section}節`,
  'spec.sentence': (code: number, name: string) => `${code} ${name}の定義：`,
  'compare.curated': '解説付きの比較',

  'sender.name': senders,
  // Japanese has no articles: the name serves in sentences as it is.
  'sender.label': senders,

  'compare.title': (protocol: string, a: string, b: string) => `${protocol} ${a}と${b}の違い`,
  'compare.note': '要点',
  'compare.sideBySide': '並べて比較',
  'compare.differences': '主な違い',
  'compare.choose': 'どちらを使うか',
  'compare.readMore': '詳しく見る',
  'compare.codePage': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}の解説ページ`,
  'compare.description': (a: string, b: string) => `${a}${b}`,
  'compare.summary': '概要',
  'compare.diffClass': (a: number, ca: string, b: number, cb: string) => `${a}は${ca}で、${b}は${cb}です。`,
  'compare.sameClass': (a: number, b: number, cls: string) => `${a}と${b}はどちらも${cls}です。`,
  'compare.classPhrase': classPhrase,
  // Japanese nouns have no plural: the same phrases serve both templates.
  'compare.classPlural': classPhrase,
  'compare.senders': (a: number, sa: string, b: number, sb: string) => `${a}は${sa}が送信し、${b}は${sb}が送信します。`,
  'compare.sameSenders': (s: string) => `どちらも${s}が送信します。`,
  'compare.methods': (a: number, ma: string, b: number, mb: string) =>
    `${a}は${ma}への応答で、${b}は${mb}への応答です。`,
  'compare.sameMethods': (m: string) => `どちらも${m}への応答です。`,
  'compare.anyRequest': 'あらゆるリクエスト',
  'compare.methodList': (methods: string) => `${methods}リクエスト`,
  'compare.headers': (code: number, list: string) => `${code}で確認すべきヘッダーフィールドは${list}です。`,
  'compare.sameRfc': (doc: string, a: number, sa: string, b: number, sb: string) =>
    `どちらも${doc}で定義されています（${a}は${sa}節、${b}は${sb}節）。`,
  'compare.diffRfc': (a: number, ra: string, sa: string, b: number, rb: string, sb: string) =>
    `${a}は${ra}の${sa}節、${b}は${rb}の${sb}節で定義されています。`,
  'compare.cacheable': (code: number) =>
    `${code}はヒューリスティックにキャッシュ可能で、明示的な鮮度情報がなくてもキャッシュが再利用できます（RFC 9110の15.1節）。`,
  'compare.status': {
    current: '',
    deprecated: '{code}は非推奨です。新しい実装では送信しないでください。',
    obsoleted: '{code}は廃止されています。登録は残っていますが、使用すべきではありません。',
    unused: '{code}は未使用として登録されています。',
    temporary: '{code}は暫定登録で、今後変わる可能性があります。',
  },

  'section.example': 'メッセージの例',
  'example.request': 'リクエスト',
  'example.response': { sip: '応答', http: 'レスポンス' },

  'section.q850': 'PSTNとの相互接続（ISUP/Q.850）',
  'q850.toCause': (code: number) => `ゲートウェイは${code}を受け取ると、次の原因値でISUPの呼を解放します。`,
  'q850.fromCauses': (code: number) => `次の原因値でISUPの呼が解放されると、ゲートウェイは${code}を返します。`,
  'q850.unlistedTo': (code: number, cause31: string) =>
    code >= 400
      ? `RFC 3398の対応表には${code}がありません。表にない失敗応答を受け取ると、ゲートウェイは原因値31（${cause31}）を送ります。`
      : 'RFC 3398の対応表（SIP応答からISUPの解放へ）が扱うのは、4xx、5xx、6xxの応答だけです。',
  'q850.unlistedFrom': (code: number) => `RFC 3398では、${code}に対応づけられたISUPの原因値はありません。`,
  'q850.source': '出典：',
  'punct.colon': '：',
  'q850.none': '対応する原因値なし',
  'q850.table': '両方向の対応表の全体',
  'q850.byCause': 'ISUPの原因値からSIP応答へ',
  'q850.byCode': 'SIP応答からISUPの原因値へ',
  'q850.colCause': 'ISUPの原因値',
  'q850.colSip': 'SIP応答',
  'q850.colNote': '注',
  'q850.noResponse': '対応する応答なし',
  'q850.erratum': 'RFCの表の誤記の訂正',

  'section.constants': 'ライブラリでの名前',
  'constants.intro': (code: number) =>
    `主なライブラリが${code}に付けている名前です。各ライブラリのソースコードから採っています。`,
  'constants.library': 'ライブラリ',
  'constants.name': '名前',
  'constants.phrase': '理由句',
  'constants.missing': '定義なし',
  'constants.deprecated': '非推奨',
  'constants.differs': '登録名と異なります',

  'data.link': (protocol: string) => `${protocol}の全コードをJSONで入手`,
  'data.title': 'オープンデータ：全コードのJSON',
  'q850.link': 'SIPとISUP/Q.850の原因値の対応（RFC 3398）',
  'data.libraries': 'ライブラリでの名前の出典',
  'data.librariesIntro':
    '各コードのページには、次のライブラリでの名前を載せています。名前はすべて下のファイルの示したコミットから読み取っており、テストがその行の写しと照合しています。',
  'data.files': 'ファイル',
  'data.file': (protocol: string, n: number) => `${protocol}：${n}件のコード`,
  'data.schema': '両ファイルのJSON Schema',

  'redirect.title': '移動しています…',
  'redirect.text': 'この比較ページの正しいアドレス:',
  'neutral.title': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}`,
  'neutral.text': '言語を選んでください:',
  'notFound.title': 'ページが見つかりません',
  'notFound.text': 'このアドレスにはページがありません。上の検索を使うか、コード一覧からお探しください。',
};
