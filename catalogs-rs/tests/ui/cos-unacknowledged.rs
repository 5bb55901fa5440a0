//! Tencent Cloud COS, legacy JSON API v4: 449 entries in ten sections, from
//! <https://cloud.tencent.com/document/product/436/6059>.

use errcat::error_catalog;

error_catalog! {
    /// Error codes of Tencent Cloud COS's legacy JSON API (v4).
    ///
    /// Every entry is a row of COS's historical error-code page
    /// (<https://cloud.tencent.com/document/product/436/6059>), in page order:
    /// the code, the name and the Chinese text, which 95 rows lack. No public
    /// source code of COS defines these codes. The sections are the page's
    /// headings; each section's range spans the codes listed under its heading,
    /// and the few rows that lie outside it say why.
    ///
    /// Eight codes have two names on the page: -61, -46024 and -29090 to
    /// -29095. Both entries are kept; the second acknowledges the first, which
    /// is the one `from_code` finds.
    #[languages(zh)]
    #[cfg_attr(feature = "serde", serde)]
    #[baseline = "errcat.lock"]
    pub system Cos: i32 {
        /// 后端HTTP返回码
        ///
        /// The back end's HTTP statuses, each entry's code its own status.
        section Http in 400..=631 {
            #[http(400)] 400 HTTP_BAD_REQUEST                  "请求不合法，包体格式错误",
            #[http(401)] 401 HTTP_UNAUTHORIZED                 "权限验证失败",
            #[http(403)] 403 HTTP_FORBIDDEN                    "鉴权信息不合法，禁止访问",
            #[http(413)] 413 HTTP_REQUEST_ENTITY_TOO_LARGE     "文件大小超长",
            #[http(500)] 500 HTTP_INTERNAL_SERVER_ERROR        "服务内部错误",
            #[http(503)] 503 HTTP_SERVICE_UNAVAILABLE          "服务不可用",
            #[http(504)] 504 HTTP_GATEWAY_TIME_OUT             "后端服务超时",
            #[http(599)] 599 HTTP_UNKOWN_INTERNAL_SERVER_ERROR "未知服务器内部错误",
            #[http(612)] 612 HTTP_FILE_NOTEXIST                "查无此文件",
            #[http(631)] 631 HTTP_INVALID_APPID                "非法的业务ID",
        }
        // No range: one holding both 0 and -9999 would overlap most other sections.
        /// 业务返回码
        section Business {
            /// The table writes this code as `-0`.
            0     SUCCESS "成功",
            -9999 UNKOWN  "未知错误",
        }
        /// PROXY 错误码
        section Proxy in -99..=-60 {
            -99 ERROR_PROXY_GET_CONFIG                       "proxy读取配置失败",
            -98 ERROR_PROXY_AUTH_INVOKE                      "调用签名服务失败",
            -97 ERROR_PROXY_AUTH_FAILED                      "非法签名",
            -96 ERROR_PROXY_AUTH_EXPIRED                     "签名过期",
            -95 ERROR_PROXY_NO_SESSION                       "消息缺少session信息",
            -94 ERROR_PROXY_WRONG_SESSION                    "携带错误session信息",
            -89 ERROR_PROXY_ROUTE_CMD                        "proxy转发cmd服务失败",
            -88 ERROR_PROXY_ENCODE_CMD                       "编码cmd服务消息失败",
            -87 ERROR_PROXY_DECODE_CMD                       "解析cmd服务消息失败",
            -86 ERROR_PROXY_ROUTE_PROCESS                    "proxy转发process服务失败",
            -85 ERROR_PROXY_DECODE_PROCESS_RSP               "解析process服务应答失败",
            -84 ERROR_PROXY_GET_PROCESS_L5                   "获取processL5失败",
            -83 ERROR_PROXY_AUTH_UNPACK                      "签名服务解包失败",
            -82 ERROR_PROXY_AUTH_APPID_NOEXIST               "不存在此appid",
            -81 ERROR_PROXY_AUTH_SIGN_EMPTY                  "签名为空",
            -80 ERROR_PROXY_INVALID_APPID                    "非法的业务ID",
            -79 ERROR_PROXY_AUTH_SECRETID_NOEXIST            "secretid不存在",
            -78 ERROR_PROXY_INVALID_PROTOCOL                 "SDK协议不匹配,请升级",
            -77 ERROR_PROXY_AUTH_REPLAY_ATTACH               "单次性签名已不可用",
            -76 ERROR_PROXY_AUTH_ONCESIGN_NOFILEID           "单次签名没有url",
            -75 ERROR_PROXY_AUTH_UNSUPPORTED_OP              "不支持此操作",
            -74 ERROR_PROXY_AUTH_MULTISIGN_EXPIREDEMPTY      "多次签名-过期时间为0",
            -73 ERROR_PROXY_AUTH_ONCESIGN_EXPIREDNOTEMPTY    "单次签名-过期时间不为0",
            -72 ERROR_PROXY_APP_SIGN_FAILED                  "签名失败",
            -71 ERROR_PROXY_FREQ_CONTROL                     "操作太频繁,请稍后再试",
            -70 ERROR_PROXY_APPID_USERID_NOTMATCH            "输入的appid与签名不匹配",
            -69 ERROR_PROXY_INVALID_PARAM_DOWNLOAD_URL_EMPTY "输入参数错误:download_urlempty",
            -68 ERROR_PROXY_ENCODE                           "ip直通车打包失败",
            -67 ERROR_PROXY_DECODE                           "ip直通车解包失败",
            -66 ERROR_PROXY_NETWORK                          "网络请求失败",
            -65 ERROR_PROXY_CONTINUE_TRANSFER_WITH_DATA      "断点续传不支持携带数据包",
            -64 ERROR_PROXY_FORBID_APPID                     "该业务已经被屏蔽",
            -63 ERROR_PROXY_FILEID_NOTMATCH                  "fileid与签名不匹配",
            -62 ERROR_PROXY_AUTH_APPID                       "appid与secretid不匹配",
            -61 ERROR_PROXY_SIGN_BUCKET_NOTMATCH             "bucket与签名中的bucket不匹配",
            // The table gives -61 two names: both kept, the second acknowledging the first.
            /// COS's current error-code page (436/8432) documents -61 only with the meaning of
            /// `ERROR_PROXY_SIGN_BUCKET_NOTMATCH`.
            -61 ERROR_PROXY_INVALID_CMD_REQ                  "非法的CMD请求",
            -60 ERROR_PROXY_AUTH_INVALID_TOKEN               "非法token值",
        }
        /// CMD 错误码
        section Cmd in -199..=-143 {
            /// COS's current error-code page (436/8432) gives this code another meaning: bucket名字不符合规则.
            -199 ERROR_CMD_FILE_MOVE_ERROR                  "文件移动失败",
            -198 ERROR_CMD_REDIRECT_ERROR                   "重定向错误",
            -197 ERROR_CMD_FILE_NOTEXIST                    "查无此文件",
            -196 ERROR_CMD_BACKEND_NETWORK                  "网络请求失败",
            /// COS's current error-code page (436/8432) gives this code another meaning: 后端存储错误.
            -195 ERROR_CMD_BACKEND_RSP_DECODE               "后端解包失败",
            -194 ERROR_CMD_BACKEND_REQ_ENCODE               "后端打包失败",
            -193 ERROR_CMD_RSP_ENCODE                       "返回包打包失败",
            -192 ERROR_CMD_REQ_DECODE                       "请求包解析失败",
            -191 ERROR_CMD_URL_PARAMS_NOTMATCH              "url参数解析不匹配",
            -190 ERROR_CMD_FILE_DEL_ERROR                   "文件删除失败",
            -189 ERROR_CMD_INVALID_PARAM_DOWNLOAD_URL_EMPTY "输入参数错误:download_urlempty",
            -187 ERROR_CMD_URL_PARSE_ERROR                  "从url中解析参数失败",
            -186 ERROR_CMD_VIDEO_MOVE                       "暂不支持视频文件复制",
            -185 ERROR_CMD_PRE_PROCESS                      "业务预处理失败",
            -184 ERROR_CMD_POST_PROCESS                     "业务后处理失败",
            -183 ERROR_CMD_GET_ROUTE                        "获取路由失败",
            -182 ERROR_CMD_PARAM_INVALID                    "参数检验失败",
            -181 ERROR_CMD_COS_ERROR                        "存储后端错误",
            -180 ERROR_CMD_COS_INVALID_PATH                 "非法路径",
            -179 ERROR_CMD_COS_INVALID_MOD_FLAG             "修改标志非法",
            -178 ERROR_CMD_COS_PATH_CONFLICT                "路径冲突",
            -177 ERROR_CMD_COS_FILE_EXIST                   "文件已存在",
            -176 ERROR_CMD_COS_BUCKET_EXIST                 "Bucket已存在",
            -175 ERROR_CMD_COS_FILE_SIZE_NOT_EQU            "文件大小不一致",
            -174 ERROR_CMD_COS_SHA_NOT_EQU                  "文件SHA不一致",
            -173 ERROR_CMD_COS_DIR_NOT_EMPTY                "目录非空",
            -172 ERROR_CMD_COS_BUCKET_NUM_LIMIT             "Bucket数量限制",
            -171 ERROR_CMD_COS_INVALID_APP_TYPE             "AppType非法",
            -170 ERROR_CMD_COS_INVALID_LIST_NUM             "LIST数量非法",
            -169 ERROR_CMD_COS_INVALID_QUERY_FLAG           "查询标记非法",
            -168 ERROR_CMD_COS_INVALID_SHA                  "非法SHA",
            -167 ERROR_CMD_COS_INVALID_CNAME                "非法的CNAME",
            -166 ERROR_CMD_COS_INDEX_ERROR                  "索引不存在",
            -165 ERROR_CMD_COS_MAX_NUM                      "单次拉取目录最大支持199",
            -164 ERROR_CMD_PARAM_PATH_EMPTY                 "path为空",
            -163 ERROR_CMD_PARAM_PATH_ELEMENT_MISSING       "path字段缺少元素",
            -162 ERROR_CMD_PARAM_PATH_ELEMENT_NOT_MATCH     "path字段元素不匹配",
            -161 ERROR_CMD_PARAM_PATH_DIR_MISSING_SLASH     "目录path字段缺少slash结尾",
            -160 ERROR_CMD_PARAM_PAHT_FILE_SURPLUS_SLASH    "文件path多余slash结尾",
            -159 ERROR_CMD_PARAM_CNAME_ERROR                "cname数量必须小于等于10",
            /// The table's text keeps a source-code comment, after `//`.
            -158 ERROR_CMD_PARAM_AUTH_TYPE                  "鉴权类别错误//鉴权类别错误",
            /// The table's text keeps a source-code comment, after `//`.
            -157 ERROR_CMD_PARAM_MIN_NUM                    "单次拉取条目最小为1//DirListReq中拉取数据条数",
            -156 ERROR_CMD_INVALID_VIDEO_NAME               "非法的视频名",
            -155 ERROR_CMD_INVALID_FORMAT                   "非法视频FORMAT",
            -154 ERR_CMD_APP_VIDEO_NOMATCH                  "文件BUCKET中设置视频参数",
            -153 ERR_CMD_INVALID_VIDEO_APP                  "非法的视频APP",
            -152 ERR_CMD_COS_TIMEOUT                        "存储后端超时",
            -151 ERROR_CMD_PARAM_REFER_ERROR                "refer数量必须小于等于10",
            -150 ERROR_CMD_PARAM_SOURCE_DOMAIN_EMPTY        "创建bucket时设置的回源路径不能为空",
            -149 ERROR_CMD_INVALID_REFER                    "refer中含有非法字符",
            -148 ERROR_CMD_INVALID_CNAME                    "cname中含有非法字符",
            -147 ERROR_CMD_NOT_UTF8_ENCODING                "参数含非utf8编码",
            -146 ERROR_CMD_INVALID_HOST_NAME                "回源地址不合法",
            -145 ERROR_CMD_INVALID_COVER                    "是否需要封面参数不合法",
            -144 ERROR_CMD_INDEX_NO_EXIST                   "索引不存在",
            -143 ERROR_CMD_INDEX_ERROR                      "索引错误",
        }
        /// 文件缓存的错误码
        section FileCache in -300..=-282 {
            -300 ERROR_PROCESS_OVERLOAD         "服务过载",
            -299 ERROR_PROCESS_UNKNOWN_CMD      "命令字未知",
            -298 ERROR_PROCESS_REQ2MSG          "解包失败",
            -297 ERROR_PROCESS_FRAME            "框架handleprocess错误",
            /// The documented name starts with a digit, so the identifier is `E_2RSP`. It may be
            /// a truncated name; no public source of COS shows it.
            #[name = "2RSP"]
            -296 E_2RSP                         "打包失败",
            -295 ERROR_PROCESS_WRITEFILE        "文件数据异常",
            -294 ERROR_PROCESS_READFILE         "文件数据异常",
            -293 ERROR_PROCESS_NOTIFY           "通知插件失败",
            -292 ERROR_PROCESS_CREATEFILE       "文件缓存服务器错误",
            -291 ERROR_PROCESS_ENCODE_SESSION   "编码session失败",
            -290 ERROR_PROCESS_OFFSET           "无效的session",
            -289 ERROR_PROCESS_DENY             "插件拒绝上传",
            -288 ERROR_PROCESS_ENCODE           "process打包失败",
            -287 ERROR_PROCESS_DECODE           "process解包失败",
            -286 ERROR_PROCESS_DECODE_SESSION   "解码session失败",
            -285 ERROR_PROCESS_FILE_TOO_LARGE   "文件过大",
            -284 ERROR_PROCESS_WRONG_SLICE_SIZE "分片大小不一致",
            -283 ERROR_PROCESS_SLICE_TOO_SMALL  "分片过小",
            -282 ERROR_PROCESS_ANALYZE          "图片分析失败",
        }
        /// 文件插件错误码
        section FilePlugin in -4027..=-4000 {
            -4000 ErrDecodeReq                        "请求体解包失败",
            -4001 ErrEncodeRsp                        "回包打包失败",
            -4002 ErrParamInvalid                     "请求参数错误",
            -4003 ErrNoSetErrCode                     "插件处理错误",
            -4004 ErrCosRspHeadCode                   "入库出错",
            -4005 ErrCosRspInvalidOffset              "入库返回非法偏移",
            -4006 ErrCosRspInvalidHeadFlag            "入库返回非法的头部标记",
            -4007 ErrTmemRspSsdError                  "获取TMEM配置错误",
            -4008 ErrParserShmError                   "解析共享内存TMEM配置错误",
            -4010 ErrCreateControlFile                "创建控制文件错误",
            -4011 ErrReadControlFile                  "读取控制文件错误",
            -4012 ErrGetInputData                     "获取入库数据失败",
            -4013 ErrDecodeSession                    "解session失败",
            -4014 ErrQueryOffset                      "查询分片错误",
            -4015 ErrTheSameOffset                    "同一个offset多次返回",
            -4016 ErrNotSameSHA                       "sha校验失败",
            -4017 ErrHttpSvr                          "文件入库错误",
            -4018 ErrSameFileUpload                   "相同文件已上传过",
            /// COS's current error-code page (436/8432) gives this code another meaning: sha 文件未完成上传.
            -4019 ErrOffsetToZero                     "入库失败，请重新上传",
            /// COS's current error-code page (436/8432) gives this code another meaning: sha 文件未完成上传.
            -4020 ErrParamInvalidCheckTypeShouldBeSHA "校验类型需要SHA",
            -4021 ErrParamInvalidSessionDecodeError   "参数session解码失败",
            -4022 ErrParamInvalidFilePathInvalid      "获取bucket路径失败",
            -4023 ErrParamInvalidCheckSumSizeInvalid  "校验和大小错误",
            -4024 ErrOffGoBack                        "偏移量回退，请重试",
            -4025 ErrHttpTimeout                      "文件入库超时",
            -4026 ErrOffsetBackTooMuch                "索引被删除或SHA不一致，请重新上传",
            -4027 ErrOffsetRedo                       "索引错误，请重新上传",
        }
        /// CGI 错误码
        section Cgi in -5999..=-5971 {
            -5999 ERROR_CGI_PARAM                   "参数错误",
            -5998 ERROR_CGI_AUTHORIZATION           "签名格式错误",
            -5997 ERROR_CGI_NETWORK                 "后端网络错误",
            -5996 ERROR_CGI_REQ_METHOD              "HTTP请求方法错误",
            -5995 ERROR_CGI_FILESIZE                "文件大小错误",
            /// The table's text ends with a stray `'`.
            -5994 ERROR_CGI_URL_NOTMATCH            "url参数解析不匹配'",
            -5993 ERROR_CGI_FORM_ERR                "multipart/formdata参数错误",
            -5992 ERROR_CGI_REQ_PARAM               "请求参数错误",
            -5991 ERROR_CGI_SLICE                   "分片过大",
            -5990 ERROR_CGI_MISSING_FILECONTENT     "找不到filecontent",
            -5989 ERROR_CGI_UPLOAD_FAIL             "上传失败",
            -5988 ERROR_CGI_INIT                    "cgi初始化错误",
            -5987 ERROR_CGI_WUP_ENCODE              "wup编码失败",
            -5986 ERROR_CGI_WUP_DECODE              "wup解码失败",
            -5985 ERROR_CGI_NETWORK_L5              "获取路由失败",
            -5984 ERROR_CGI_SHA_NOT_MATCH           "sha1不匹配",
            -5983 ERROR_CGI_WRONG_SESSION           "错误的session",
            -5982 ERROR_CGI_SOCK_CREATE             "建立连接错误",
            -5981 ERROR_CGI_SOCK_CONNECT            "建立连接错误",
            -5980 ERROR_CGI_PARAM_MISSING_OP        "缺少参数:op",
            -5979 ERROR_CGI_PARAM_MISSING_SHA       "缺少参数:sha",
            -5978 ERROR_CGI_PDU_ENCODE              "pdu编码失败",
            -5977 ERROR_CGI_PDU_DECODE              "pdu解码失败",
            -5976 ERROR_CGI_REQ_PARAM_FLAG_NOTMATCH "bucketflag与实际参数不一致",
            -5975 ERROR_CGI_JSON_PARSE_ERROR        "json解析失败",
            -5974 ERROR_CGI_VIDEO_FORMAT            "视频码率错误",
            -5973 ERROR_CGI_CROSS_BUCKET_COPY       "不允许跨存储空间复制",
            -5972 ERROR_CGI_UNSUPPORTED_METHOD      "此方法不支持于当前版本",
            -5971 ERROR_CGI_PARAM_MISSING_FILESIZE  "缺少参数:filesize",
        }
        /// OSS 错误码
        section Oss in -6999..=-6991 {
            -6999 ERROR_OSS_UNKNOWN          "未知错误",
            -6998 ERROR_OSS_INVALID_PROTOCOL "协议错误",
            -6997 ERROR_OSS_INVALID_PARAM    "参数错误",
            -6996 ERROR_OSS_FILESIZE         "文件过大",
            -6995 ERROR_OSS_MKDIR            "创建目录失败",
            -6994 ERROR_OSS_GZIP             "gzip压缩失败",
            -6993 ERROR_OSS_WRITE_FILE       "写文件失败",
            -6992 ERROR_OSS_FILE_NOTEXIST    "文件不存在",
            -6991 ERROR_OSS_READ_FILE        "读文件失败",
        }
        /// Access 错误码
        section Access in -46635..=-46001 {
            -46001 COS_COSACCESS_OVERLOAD_ERR        "COSACCESS请求过载",
            -46002 COS_USRIDX_OVERLOAD_ERR           "usridx过载",
            -46003 COS_FILEIDX_OVERLOAD_ERR          "fileidx过载",
            -46004 COS_COSFILEMGR_OVERLOAD_ERR       "cosfilemgr过载",
            -46005 COS_COSHTTPSVR_OVERLOAD_ERR       "coshttpsvr过载",
            -46007 COS_BUCKET_OP_OVERLOAD_ERR        "bucket操作超过过载配置",
            -46020 COS_USRIDX_TIMEOUT_ERR            "usridx超时",
            -46021 COS_FILEIDX_TIMEOUT_ERR           "fileidx超时",
            -46022 COS_COSFILEMGR_TIMEOUT_ERR        "cosfilemgr超时",
            -46023 COS_COSHTTPSVR_TIMEOUT_ERR        "coshttpsvr超时",
            -46024 COS_COSDELETE_TIMEOUT_ERR         "cosdelete超时",
            // The table gives -46024 two names: both kept, the second acknowledging the first.
            -46024 COS_TEMP_USRIDX_TIMEOUT_ERR       "临时索引表超时",
            /// Unlike its neighbours, the table gives this entry no text.
            -46030 COS_ENQUEUE_DCC_ERR,
            -46031 COS_ENQUEUE_CCD_ERR               "写入ccd管道失败",
            -46101 COS_PB_DECODE_ERR                 "pb解码错误",
            /// The table's text, pb解码错误 (decoding error), is that of -46101 `COS_PB_DECODE_ERR`.
            -46102 COS_PB_ENCODE_ERR                 "pb解码错误",
            -46103 COS_ASN_ENCODE_ERR                "asn编码失败",
            -46104 COS_ASN_DECODE_ERR                "asn解码失败",
            -46105 COS_INVALID_SUB_TYPE_ERR          "协议号错误",
            -46151 COS_INVALID_PATH_ERR              "path格式不正确",
            -46152 COS_INVALID_BUCKET_NAME_ERR       "非法bucketname",
            -46153 COS_BUCKET_NAME_TOO_LONG_ERR      "bucket名字超过限制",
            -46154 COS_INVALID_APPID_NAME_ERR        "非法appid",
            -46155 COS_INVALID_NAME_ERR              "非法的名字",
            -46156 COS_ILLEGAL_CHAR_IN_PATH_ERR      "路径中含有非法字符",
            -46157 COS_NOT_UTF8_ENCODING_ERR         "非utf8编码",
            -46158 COS_INVALID_MD5_ERR               "非法md5",
            -46159 COS_TOO_MANY_REFER_ERR            "refer个数超过限制",
            -46160 COS_TOO_MANY_CNAME_ERR            "cname个数超过限制",
            -46161 COS_REFER_SIZE_ERR                "单个refer长度为0或者超过限制",
            -46162 COS_INVALID_REFER_ERR             "非法refer",
            -46163 COS_CNAME_SZIE_ERR                "单个cname长度为0或者超过限制",
            -46164 COS_INVALID_CNAME_ERR             "cname错误",
            -46165 COS_REFER_REPEATED_ERR            "黑白名单有重复",
            -46166 COS_ILLEGAL_CHAR_IN_REFER_ERR     "refer中含有非法字符",
            -46167 COS_ILLEGAL_CHAR_IN_CNAME_ERR     "cname中含有非法字符",
            -46168 COS_INVALID_RESERVED_ATTR_KEY_ERR "非法reserved",
            -46169 COS_NOT_FILE_RESERVED_ATTR_ERR    "不是文件的reservedattr属性",
            -46170 COS_INVALID_HOST_NAME_ERR         "非法host",
            -46171 COS_NOT_BUCKET_RESERVED_ATTR_ERR  "不是bucket的reserverattr属性",
            -46172 COS_INVALID_PREVIEW_FLAG_ERR      "非法预览标志值",
            -46173 COS_INVALID_BROWEREXEC_FLAG_ERR   "非法browerexec标志",
            -46174 COS_INVALID_AK_ERR                "非法ak",
            -46175 COS_INVALID_SK_ERR                "非法sk",
            -46176 COS_INVALID_BIZ_ATTR_ERR          "非法bizattr",
            -46177 COS_INVALID_OFFSET_ERR            "非法OFFSET",
            -46178 COS_INVALID_DELIMITER_ERR         "非法delimiter",
            -46179 COS_INVALID_FORBID_FLAG_ERR       "非法forbid标志",
            -46180 COS_SIGN_SIZE_TOO_LONG_ERR        "sign过长",
            -46181 COS_USER_REFER_SIZE_TOO_LONG_ERR  "下载携带的refer过长",
            -46182 COS_INVALID_AUTH_ERR              "非法auth值",
            -46183 COS_FILE_SIZE_ERR                 "文件长度异常",
            -46184 COS_INVALID_FILE_MD5_ERR          "文件md5错误",
            -46185 COS_CUSTOME_HEADER_TOO_LARGE      "customer总长度超过限制",
            -46186 COS_INVALID_CORS_FLAG_ERR         "cors标志错误",
            -46187 COS_INVALID_CORS_RULE_ERR         "cors规则错误",
            -46188 COS_CORSRULE_TOO_LARGE_ERR        "cors规则总长度超过限制",
            -46189 COS_INVALID_CUSTOM_404_FLAG_ERR   "404flag错误",
            -46190 COS_INVALID_CUSTOM_PAGE_NAME_ERR  "404、403页面名字非法",
            -46191 COS_INVALIE_CUSTOM_403_FLAG_ERR   "403flag错误",
            -46192 COS_INVALIE_IDX_PAGE_FLAG_ERR     "idxpageflag错误",
            -46193 COS_INVALID_REAL_SHA_ERR          "realsha不正确",
            -46194 COS_INVALID_TIMESTAMP_ERR         "ctime、mtime参数错误",
            -46195 COS_INVALID_OUTSOURCE_FLAG_ERR    "不正确的outsource",
            -46196 COS_PARSE_PB_ERR                  "解析PB错误",
            -46197 COS_FILE_APPEND_SIZE_ERR          "追加上传的offset和filesize不等",
            -46198 COS_FILE_TYPE_ERR                 "文件类型错误",
            -46199 COS_FINISH_FILEKEY_NOT_EQUAL_ERR  "分块上传fileke不等",
            -46200 COS_BATCH_DEL_NUM_ERR             "批量删除数量超过限制",
            -46301 COS_FILEIDX_ERR                   "fileidx异常错误",
            -46302 COS_USERIDX_ERR                   "usridx异常错误",
            /// The table's text is a single word: apparently truncated.
            -46303 COS_FILEMGR_ERR                   "cosfilemgr",
            -46304 COS_HTTPSVR_ERR                   "coshttpsvr异常错误",
            -46305 COS_INVAILD_STEP_ERR              "状态机异常错误",
            -46306 COS_GET_USRIDX_ADDR_ERR           "获取usridx服务器IP错误",
            -46307 COS_GET_FILEMGR_ADDR_ERR          "获取filemgr地址错误",
            -46308 COS_GET_HTTPSVR_ADDR_ERR          "获取httpsvr地址错误",
            -46309 COS_LAVA_DB_VALUE_SIZE_ERR        "lavadb返回的value长度有误",
            -46310 COS_GET_COSDELETE_ADDR_ERR        "获取cosdelete地址错误",
            -46311 COS_FATHER_NOT_EXIST_ERR          "父对象不存在",
            -46601 COS_NORMAL_LOGIC_ERR              "其他正常逻辑错误码",
            -46602 COS_DIR_EXIST_ERR                 "目录冲突，目录已存在,禁止修改",
            -46603 COS_BUCKET_EXIST_ERR              "bucket已存在",
            -46604 COS_FINISH_FILE_SIZE_ERR          "文件长度与finish长度不等",
            -46605 COS_FINISH_SHA_NOT_EQUAL_ERR      "finish时，传入sha与fileidx中的sha不等",
            -46607 COS_INVALID_MOD_FLAG_ERR          "mod请求modflag错误",
            -46608 COS_TOO_MANY_BUCKET_ERR           "bucket数目超过限制",
            -46609 COS_RECORD_EXIST_ERR              "记录已存在",
            -46610 COS_INVALID_LIST_NUM_ERR          "列表目录时传入的数目错误",
            -46611 COS_INVALID_SHA_ERR               "错误的sha",
            /// The table's text is a single word: apparently truncated.
            -46613 COS_USRIDX_BLOB_TOO_BIG_ERR       "usridx",
            -46614 COS_FILE_NOT_UPLOAD_OVER_ERR      "文件未上传完成，禁止下载",
            -46615 COS_HIT_WRITE_BLACK_LIST_ERR      "命中黑名单",
            -46616 COS_NOT_HIT_WHITE_REFER_ERR       "未命中白名单",
            -46617 COS_HIT_BLACK_REFER_ERR           "命中黑名单",
            -46618 COS_SIGN_CHECK_FAIL_ERR           "签名校验失败",
            -46619 COS_SIGN_EXPIRED_ERR              "用户签名过期",
            -46620 COS_BUCKET_FORBID_VISIT_ERR       "BUCKET禁止访问",
            -46621 COS_FILE_FORBID_VISIT_ERR         "file禁止访问",
            -46622 COS_INVALID_SLICE_SIZE_ERR        "非法分片大小",
            -46623 COS_RECORD_NOT_EXIST_ERR          "表示记录不存在",
            -46624 COS_BUCKET_NOT_EMPTY_ERR          "BUCKET不为空，禁止删除",
            -46625 COS_FILE_ALREADY_FINISH_ERR       "文件已完成上传",
            -46626 COS_FILE_CTIME_NOT_EQUAL_ERR      "文件ctime不相等",
            -46627 COS_HIT_READ_BLACK_LIST_ERR       "命中读黑名单配置",
            -46628 COS_FILE_NOT_EXIST_ERR            "文件不存在",
            /// The table's text is a single word: apparently truncated.
            -46629 COS_BUCKET_NOT_EXIST_ERR          "BUCKET",
            -46630 COS_FILE_EXISTED_NOT_FINISHED_ERR "文件已存在，但未完成上传",
            -46631 COS_FILE_EXISTED_FINISHED_ERR     "文件已存在，并且已完成上传",
            // A -50xxx code among the -46xxx rows: kept where the table lists it.
            /// A `COSFILEMGRX` code that the table lists among its -46xxx Access codes.
            #[outside_range]
            -50121 COSFILEMGRX_DEL_UNFINISH          "删除未完成上传文件",
            -46632 COS_FILE_APPEND_ZERO              "追加文件长度为0",
            -46633 COS_FILE_UPLOADIN_NOT_EXIST_ERR   "uploadid不存在",
            -46634 COS_FILE_IS_FINISHED_ERR          "分块文件已经finish",
            /// The table's text is a single word: apparently truncated.
            -46635 COS_FILE_FINISHED_SHA             "finish",
            // A -50xxx code among the -46xxx rows: kept where the table lists it.
            /// A `COSFILEMGRX` code that the table lists among its -46xxx Access codes.
            #[outside_range]
            -50122 COSFILEMGRX_COVER_SHA_ERROR,
        }
        /// Httpsvr 错误码
        section Httpsvr in -29169..=-29000 {
            // 100 and 101 are positive codes in the -29xxx section: kept where the table lists them.
            /// A positive code that the table lists among its -29xxx Httpsvr codes.
            #[outside_range]
            100    FINISHED,
            /// A positive code that the table lists among its -29xxx Httpsvr codes.
            #[outside_range]
            101    ERR_TIMEOUT_FLAG                "这个是为了L5上报",
            -29000 ERR_CCDMQ_OVERFLOW,
            -29001 ERR_DCCMQ_OVERFLOW,
            -29002 ERR_DCC2MQ_OVERFLOW,
            -29003 ERR_CCD2MQ_OVERFLOW,
            -29010 ASN_ENCODE_ERROR,
            -29011 PROTOBUF_ENCODE_ERROR,
            -29012 ERROR_RECV_WRONG_TYPE_REQ,
            -29013 ERR_REQ_EXPIRED                 "过期了",
            -29014 ERR_PARSE_POSTHEADER            "post请求自定义header解析错误",
            -29015 ERR_HOST_INVALID                "HEADER字段中没有host或者host错误",
            -29020 ERR_FILEPATH_LENGTH_ERROR,
            -29021 ERR_FILEKEY_LENGTH_ERROR,
            -29022 ERR_CANNOT_SUPPORT_BTFS,
            -29023 ERR_CANNOT_SUPPORT_CTFS,
            -29026 ERR_FLOW_OVERFLOW               "流量过载了",
            -29027 ERR_QPS_OVERFLOW                "QPS过载了",
            -29030 ERR_DOWN_NOIDCINFO              "文件没有合理的IDC信息",
            -29031 ERR_DOWN_NOFILEKEYINFO          "文件没有合理的sha信息",
            -29032 ERR_DOWN_TCP_DISCONNECT         "下载的时候，TCP链接被前端中断",
            -29033 ERR_DOWN_NO_RANGE               "下载请求没有有效的range",
            -29034 ERR_DOWN_OFFSET_LARGER          "下载的offset大于文件的fsize",
            -29035 ERR_FILEIDXBLOCK_WRONG_SIZE     "fildidxblock为空，得不到响应的chid、fid",
            -29036 ERR_DOWN_NOTFINISHED_FILE       "文件没上传完整，不可下载",
            -29037 ERR_DOWN_MODIFIED_TIME          "If-Modified-Since",
            -29038 ERR_DOWN_INVALID_DOMAIN         "域名与用户信息不匹配",
            -29040 ERR_DOWN_REFERER_DENIED         "referer",
            -29041 ERR_DOWN_CHECKSIGN_DENIED       "权限验证不过",
            -29042 ERR_DOWN_CHECKSIGN_EXPIRED      "验证权限过期了",
            -29043 ERR_DOWN_EMPTY_OUTSIDE_HOST     "文件不存在，且外部回源域名不存在",
            -29044 ERR_DOWN_FULLPATH_INVALID       "COSHTTPSVR自己的bug,拼装的全路径有问题",
            -29050 ERR_CHILDFILE_SIZEERROR         "子文件大小与blob中不匹配",
            -29051 ERR_CHILDFILEINFO_CONFLICT,
            -29052 ERR_CHILDFILE_NOTCOMPLETE,
            -29053 ERR_OFFSET_OUTOF_CHILD,
            -29054 ERR_RSPDATA_ZERO                "下载一片数据，结果返回的长度是0",
            -29060 ERR_UPLOADPKG_UNCOMPLETE        "上传的包是不完整的",
            -29061 ERR_UPLOADDATA_LARGE            "上传的数据包过大",
            -29062 ERR_UPLOAD_URL_CHANGED          "同样的filepath不同时刻上传的sha不一样",
            -29063 ERR_UPLOAD_PIECEMD5CHECK_FAILED "上传的时候分片md5校验失败",
            -29064 ERR_UPLOAD_FSIZE_TOO_BIG        "上传的文件超过大小限制,36G",
            -29065 ERR_IDC_DISMATCH                "过来请求的IDC编号与配置中不一样",
            -29066 ERR_UPLOAD_FILEINFO_ERROR       "上传的文件属性不对，比如长度为0但是sha不对等",
            -29067 ERR_UPLOAD_SAMEOFF_MUCH_TIME    "上传返回同一个偏移量太多次",
            -29068 ERR_FINISH_TOO_MANY_TIMES       "finish太多次",
            -29069 ERR_PROCESS_TIMEOUT_TOO_MUCH    "upsvr或者upmaster超时太多次",
            -29070 ERR_UPLOAD_NEED_PIECEMD5        "非控件上传的文件一定要给md5",
            -29080 ERR_UPLOAD_CLIENT_TIMEOUT,
            -29081 ERR_DU_TIMEOUT                  "实际下载数据的时候超时了",
            -29082 ERR_UPSVR_TIMEOUT,
            -29083 ERR_ACCESS_TIMEOUT,
            -29084 ERR_NOFINISH_IP                 "没有finish的IP",
            -29085 ERR_FINISH_TOO_MUCH_TIMES,
            -29086 ERR_TRXD_TIMEOUT,
            -29087 ERR_CCD_DOWNLOAD_TIMEOUT,
            -29088 ERR_OFFLINE_DOWNLOAD_SVR_TIMEOUT,
            -29089 ERR_UPLOADBYKEY_NO_UKEY,
            -29090 ERR_UPLOADBYKEY_NO_FILEKEY,
            -29091 ERR_UPLOADBYKEY_NO_OFFSET,
            -29092 ERR_UPLOADBYKEY_NO_DATASIZE,
            -29093 ERR_UPLOADBYKEY_UPLOAD_FLAG,
            -29094 ERR_UPLOADBYKEY_UKEY_FLAG,
            -29095 ERR_UPLOADBYKEY_DATASIZE_CHANGE,
            -29096 ERR_UPLOADBYKEY_FILEPATH,
            -29097 ERR_UPLOADBYKEY_DATASIZE,
            -29098 ERR_UPLOADBYKEY_OFFSET,
            -29099 ERR_GET_TFS_ADDR,
            -29100 ERR_TFS_DATA_SIZE,
            -29101 ERR_GET_ACCESS,
            -29102 ERR_REQ_TFS_TIMEOUT,
            -29103 ERR_UPLOADBYKEY_UKEYSIZE,
            -29104 ERR_UPLOADBYKEY_NO_FILESIZE,
            -29105 ERR_UPLOADFILE_TOO_BIG,
            -29106 ERR_GET_COSACCESSS,
            -29107 ERR_MAKE_JSON,
            -29108 ERR_URL_PARAM,
            -29109 ERR_COS_ACCESS,
            -29110 ERR_PARSE_INPUT_JSON,
            -29111 ERR_UPLOADFILE_LENGTH,
            -29112 ERR_UPLOADFILE_BLOBLENGTH,
            -29113 ERR_UPLOADFILE_SHAERR,
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29114 ERR_DOWN_FILESIZE               "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29115 ERR_DOWN_DATASIZE               "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29116 ERR_DOWNPIECE_NOT_COMPETE       "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29117 ERR_DOWNPIECE0SIZE              "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29118 ERR_WAIT_CCD_DOWN_TIMEOUT       "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29119 ERR_REQOFFLINESVR_TIMEOUT       "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29120 ERR_DELETE_NO_FILEKEY           "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29121 ERR_DELETE_DATAINDEX_TIMEOUT    "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29122 ERR_DELETE_DATA_TIMEOUT         "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29123 ERR_LIST_FILE_NOKEY             "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29124 ERR_LIST_FILE_NOSIZE            "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29125 ERR_LIST_DATAINDEX_TIMEOUT      "文件没有合理的IDC信息",
            -29126 ERR_UPLOADBYKEY_NOFILESIZE,
            -29127 ERR_LIST_FILE_FILEKEY,
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29128 ERR_DOWN_UPLOADSIZE             "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29129 ERR_DOWN_FILE_NOT_COMPELTE      "文件没有合理的IDC信息",
            -29130 ERR_URL_PARAM_ACCESSID,
            -29131 ERR_URL_PARAM_BUCKETID,
            -29132 ERR_FILEKEY_LENGTH              "文件没有合理的sha信息",
            -29133 ERR_INITKEYUPLOAD_NO_DATALISTSHA,
            -29134 ERR_INITKEYUPLOAD_DATALISTSHA_NOT_COMPELTE,
            -29135 ERR_UPLOADKEY_CHECKSHA_NOT_RECORD,
            -29136 ERR_UPLOADKEY_CHECKSHA_OFFSET,
            -29137 ERR_UPLOADKEY_CHECKSHA_NEXTOFFSET,
            -29138 ERR_UPLOADSHAPIECE_SHAERR,
            -29139 ERR_INITUPLOAD_FLIKEYERR,
            -29140 ERR_UPLOAD_BODYLENGTH,
            -29141 ERR_UPLOAD_NO_USERDATASIZE,
            -29142 ERR_UPLOAD_FINISH_FILE_NOT_COMPLETE,
            -29143 ERR_UPLOAD_FINISH_FILE_MD5,
            -29144 ERR_UPLOAD_FINISH_FILE_NOT_CID,
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29145 ERR_LIST_FILESIZE               "文件没有合理的IDC信息",
            /// The table repeats the text of -29030 `ERR_DOWN_NOIDCINFO` here, which does not fit this name.
            -29146 ERR_ACCESS_UPLOAD_NO_CTIME      "文件没有合理的IDC信息",
            -29147 ERR_CHECK_UPLODDATA_MD5_DULICATE,
            -29148 ERR_DOWNLOAD_INDEX_CHID_0,
            -29149 ERR_UPLOAD_S3_SHAERR,
            -29150 ERR_UPLOAD_S3_MCD_INPUT_TO_SMCD,
            -29151 ERR_UPLOAD_S3_APPEND_NO_POSTION,
            -29152 ERR_UPLOAD_S3_NO_PARTN,
            -29153 ERR_UPLOAD_S3_PARTN_ERR,
            -29154 ERR_UPLOAD_S3_PART_NO_UKEY,
            -29155 ERR_UPLOAD_S3_PART_NO_PARTIDX_VER,
            -29156 ERR_UPLOAD_S3_NO_SHAIDX_VER,
            -29157 ERR_UPLOAD_S3_PARTSIZE_ERR,
            -29158 ERR_UPLOAD_S3_UKEYSIZE,
            -29159 ERR_UPLOAD_S3FINISH_BODY0,
            -29160 ERR_UPLOAD_S3_FINISH_PARTN_NOT_CON,
            -29161 ERR_UPLOAD_S3_FINISH_PART_ETAG_LEN,
            -29162 ERR_UPLOAD_S3_APPEND_NO_TMPUSRIDX_VER,
            -29163 ERR_UPLOAD_S3_NO_MTIME,
            -29164 ERR_UPLOAD_S3_NO_PRIMKEY,
            -29165 ERR_DOWNLOAD_PART_NOT_COMPELTE,
            -29166 ERR_LISTPART_NO_UKEY,
            -29167 ERR_SINGLE_FILESIZE_ERROR,
            -29168 ERR_WAIT_MCD_INPUT_TIMEOUT,
            -29169 ERR_INIT_FILEKEY_LENGTH,
            // The table appends a second block of -29090 to -29095 after -29169, with new
            // names and no text: kept where the table lists it, each row acknowledging the
            // first entry with its code.
            -29090 ERR_NOVALID_TMASTER,
            -29091 ERR_NOVALID_ACCESS,
            -29092 ERR_NOVALID_UPMASTER,
            -29093 ERR_TMASTER_TIMEOUT,
            -29094 ERR_UPMASTER_TIMEOUT,
            -29095 ERR_NOVALID_OFFLINESVR,
            // Far below the section's other codes (-29000 to -29169): kept where the table lists it.
            /// Far from the section's other codes, -29000 to -29169; the table spells the name
            /// with `BLCK`.
            #[outside_range]
            -29996 ERR_BLCK_LIST,
        }
    }
}

fn main() {}
