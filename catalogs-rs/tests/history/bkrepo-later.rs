//! bkrepo's Common codes at its HEAD: `QUERY_DATA_TOO_LARGE` came in at
//! 250127 and pushed `ACQUIRE_LOCK_FAILED` to 250128 and
//! `RATE_LIMITER_OVERLOAD` to 250129 (bkrepo derives its codes from enum
//! ordinals). Otherwise `src/bkrepo.rs`, the table's version, held to the
//! baseline `errcat.lock` of that version. bkrepo's table has no row for
//! `QUERY_DATA_TOO_LARGE`, so it has no text here.

use errcat::error_catalog;

error_catalog! {
    /// Error codes of BlueKing bkrepo, Tencent BlueKing's artifact repository.
    ///
    /// Every entry is a row of bkrepo's error-code table (`错误码`, in
    /// [TencentBlueKing/bk-repo](https://github.com/TencentBlueKing/bk-repo)), in
    /// table order: the code and the Chinese text. The table has no names; each
    /// entry's is that of bkrepo's own Kotlin enums, `CommonMessageCode`
    /// (`src/backend/common/common-api/src/main/kotlin/com/tencent/bkrepo/common/api/message/CommonMessageCode.kt`),
    /// `AuthMessageCode`, `GenericMessageCode` and `RepositoryMessageCode`. The
    /// English messages are bkrepo's `messages_en.properties` texts for the
    /// entries' i18n keys, `{0}` placeholders included; 13 entries have none.
    ///
    /// A code is 250000 + module × 100 + n, so each section's range is its
    /// module's hundred codes.
    #[languages(zh, en)]
    #[placeholders(none_in(zh))]
    #[baseline = "errcat.lock"]
    pub system BkRepo: i32 {
        /// Common 错误码
        ///
        /// bkrepo's `CommonMessageCode`, module 1: codes 250000 + 1 × 100 + n.
        section Common in 250100..=250199 {
            // SUCCESS is the first row of the Common table and of CommonMessageCode,
            // though its code is not of the form 250100 + n: kept in Common, outside the range.
            #[outside_range]
            0      SUCCESS                             "成功",
            250102 SYSTEM_ERROR                        "系统繁忙，请稍后再试"                           en "System service is busy, please try again later",
            250103 PARAMETER_MISSING                   "参数缺失"                                       en "Parameter [{0}] is missing",
            250104 PARAMETER_EMPTY                     "参数不能为空"                                   en "Parameter [{0}] should not be empty",
            250105 PARAMETER_INVALID                   "参数无效"                                       en "Parameter [{0}] is invalid",
            250106 REQUEST_CONTENT_INVALID             "请求内容无效"                                   en "Invalid request content",
            250107 RESOURCE_EXISTED                    "资源已存在"                                     en "Resource [{0}] existed",
            250108 RESOURCE_NOT_FOUND                  "资源不存在"                                     en "Resource [{0}] not found",
            250109 RESOURCE_EXPIRED                    "资源已过期"                                     en "Resource [{0}] expired",
            250110 RESOURCE_ARCHIVED                   "资源已归档,恢复它大概需要12-24小时，请耐心等候" en "Resource [{0}] archived,Restore it will take about 12-24 hours, please wait patiently.",
            250111 RESOURCE_COMPRESSED                 "资源已压缩,正在解压，请耐心等候"                en "Resource [{0}] compressed,uncompressing it, please wait patiently.",
            250112 METHOD_NOT_ALLOWED                  "不支持的操作"                                   en "Method not allowed, reason: {0}",
            250113 REQUEST_DENIED                      "访问被拒绝"                                     en "Access denied: {0}",
            250114 REQUEST_UNAUTHENTICATED             "认证失败"                                       en "Failed to authenticate: {0}",
            250115 SERVICE_CIRCUIT_BREAKER             "内部依赖服务被熔断"                             en "Service circuit-breaker is open",
            250116 SERVICE_CALL_ERROR                  "内部依赖服务调用异常"                           en "Service call failed",
            250117 SERVICE_UNAUTHENTICATED             "服务认证失败"                                   en "Service unauthenticated, reason: {0}",
            250118 HEADER_MISSING                      "请求头缺失"                                     en "Header [{0}] is missing",
            250119 MEDIA_TYPE_UNSUPPORTED              "不支持的Media Type"                             en "Unsupported Media Type",
            250120 REQUEST_RANGE_INVALID               "请求Range格式无效"                              en "Requested range not satisfiable",
            250121 MODIFY_PASSWORD_FAILED              "修改密码失敗"                                   en "Modify Password Failed",
            250122 OPERATION_CROSS_CLUSTER_NOT_ALLOWED "不允许跨地点操作"                               en "Cross location operation is not allowed",
            250123 MEDIA_TYPE_UNACCEPTABLE             "不接受的Media Type"                             en "Unacceptable Media Type",
            250124 TOO_MANY_REQUESTS                   "请求过多"                                       en "Too Many Requests: {0}",
            250125 PIPELINE_NOT_RUNNING                "流水线不是运行状态"                             en "Pipeline[{0}] is not running status",
            250126 INVALID_CONFIG                      "配置无效"                                       en "Config [{0}] is invalid",
            /// At bkrepo's HEAD this code is `QUERY_DATA_TOO_LARGE`, and `ACQUIRE_LOCK_FAILED`
            /// moved to 250128.
            250127 QUERY_DATA_TOO_LARGE,
            250128 ACQUIRE_LOCK_FAILED                 "获取锁失败"                                     en "acquire lock failed:[{0}]",
            /// At bkrepo's HEAD this code is `ACQUIRE_LOCK_FAILED`, and `RATE_LIMITER_OVERLOAD`
            /// moved to 250129.
            250129 RATE_LIMITER_OVERLOAD               "资源请求量超过限流值"                           en "resource requests reached rate limit:[{0}]",
        }
        /// Auth 错误码
        ///
        /// bkrepo's `AuthMessageCode`, module 2: codes 250000 + 2 × 100 + n.
        section Auth in 250200..=250299 {
            250201 AUTH_DUP_UID                  "用户id重复"                 en "duplicate user id",
            250202 AUTH_USER_NOT_EXIST           "用户不存在"                 en "user for auth not exist",
            250203 AUTH_DELETE_USER_FAILED       "删除用户失败"               en "delete user failed",
            250204 AUTH_USER_TOKEN_ERROR         "用户token校验失败"          en "user token check failed",
            250205 AUTH_ROLE_NOT_EXIST           "角色不存在"                 en "the role not exist",
            250206 AUTH_DUP_RID                  "角色id重复"                 en "duplicate role id",
            250207 AUTH_DUP_PERMNAME             "权限名称重复"               en "duplicate permission name",
            250208 AUTH_PERMISSION_NOT_EXIST     "权限不存在"                 en "the permission not exist",
            250209 AUTH_PERMISSION_FAILED        "校验权限失败"               en "auth permission failed",
            250210 AUTH_USER_PERMISSION_EXIST    "用户权限存在"               en "user permission exist",
            250211 AUTH_ROLE_PERMISSION_EXIST    "角色权限存在"               en "role permission exist",
            250212 AUTH_DUP_APPID                "appid重复"                  en "duplicate appid",
            250213 AUTH_APPID_NOT_EXIST          "appid不存在"                en "appid not exist",
            250214 AUTH_AKSK_CHECK_FAILED        "ak/sk校验失败"              en "check access key secret key failed",
            250215 AUTH_DUP_CLUSTERID            "集群id重复"                 en "duplicate cluster id",
            250216 AUTH_CLUSTER_NOT_EXIST        "集群不存在"                 en "cluster not exist",
            250217 AUTH_PROJECT_NOT_EXIST        "项目不存在"                 en "project not exist",
            250218 AUTH_ASST_USER_EMPTY          "团队账号关联用户不能为空"   en "association user can not be empty",
            250219 AUTH_USER_TOKEN_EXIST         "用户同名token已经存在"      en "user same name token exist",
            250220 AUTH_LOGIN_TOKEN_CHECK_FAILED "登录token校验失败"          en "login token check failed",
            250221 AUTH_REPO_NOT_EXIST           "仓库不存在"                 en "repo not exist",
            250222 AUTH_ROLE_USER_NOT_EMPTY      "用户组下关联用户不为空"     en "role contain user not empty",
            250223 AUTH_USER_TOKEN_TIME_ERROR    "token有效时间错误"          en "token expire time format error",
            250224 AUTH_DELETE_KEY_FAILED        "删除key失败",
            250225 AUTH_DUP_KEY                  "key重复",
            250226 AUTH_DUP_CLIENT_NAME          "客户端名称重复",
            250227 AUTH_CLIENT_NOT_EXIST         "客户端不存在",
            250228 AUTH_CODE_NOT_EXIST           "授权码不存在",
            250229 AUTH_CODE_CHECK_FAILED        "授权码校验失败",
            250230 AUTH_SECRET_CHECK_FAILED      "密钥校验失败",
            250231 AUTH_OAUTH_TOKEN_CHECK_FAILED "OAuth token校验失败",
            250232 AUTH_CREDENTIAL_AT_LEAST_ONE  "凭证至少需要一项",
            250233 AUTH_OWNER_CHECK_FAILED       "所有者校验失败",
            250234 AUTH_INVALID_TYPE             "无效类型",
            // bkrepo's AuthMessageCode gives this code two entries, AUTH_LOGIN_FAILED and
            // AUTH_EXT_PERMISSION_NOT_EXIST; the table's text is AUTH_LOGIN_FAILED's.
            /// bkrepo's `AuthMessageCode` also declares `AUTH_EXT_PERMISSION_NOT_EXIST` with
            /// this code.
            250235 AUTH_LOGIN_FAILED             "登录失败，用户名或密码错误" en "login failed username or password error",
            250236 AUTH_USER_FORAUTH_NOT_PERM    "用户无权限"                 en "user for auth not have permission",
            250237 AUTH_ACCOUT_FORAUTH_NOT_PERM  "账号无权限"                 en "account for auth not have permission",
            250238 AUTH_ENTITY_USER_NOT_EXIST    "关联实体用户不存在"         en "entity user not exist",
            250239 AUTH_PROXY_NOT_EXIST          "proxy不存在"                en "proxy[{0}] not found",
        }
        /// Generic 错误码
        ///
        /// bkrepo's `GenericMessageCode`, module 12: codes 250000 + 12 × 100 + n.
        section Generic in 251200..=251299 {
            251201 UPLOAD_ID_NOT_FOUND                     "Upload id不存在"                                                                              en "Upload id[{0}] not found",
            251202 LIST_DIR_NOT_ALLOWED                    "仓库不允许列出目录"                                                                           en "Repository[{0}] does not allow listing directories[{1}]",
            251203 SIGN_FILE_NOT_FOUND                     "签名文件未找到"                                                                               en "Sign file [{0}] not found",
            251204 NODE_DATA_ERROR                         "节点数据已改变或未找到"                                                                       en "Node[{0}] data has changed or not found",
            251205 DOWNLOAD_DIR_NOT_ALLOWED                "不允许下载目录"                                                                               en "Download dir not allowed",
            251206 ARTIFACT_SEARCH_FAILED                  "制品查询失败"                                                                                 en "Artifact query failed: {0}",
            251207 PIPELINE_ARTIFACT_OVERWRITE_NOT_ALLOWED "存在窜改风险！上传的文件属于特定流水线构建的产物，只能在当次构建中被覆盖"                     en "Note: There is a risk of tampering! The specified uploaded file belongs to the artifact of a specific pipeline build[{0}] and can only be overwritten in the current build",
            251208 CUSTOM_ARTIFACT_OVERWRITE_NOT_ALLOWED   "存在窜改风险！指定上传自定义仓库的文件原属于特定流水线构建的版本产物，请先删除原有制品再上传" en "An archived artifact for the pipeline [{0}] already exists. Please delete the existing artifact before uploading a new one",
            251209 PIPELINE_METADATA_INCOMPLETE            "流水线元数据不完整"                                                                           en "Pipeline metadata is incomplete. {0} is missing",
            251210 PIPELINE_REPO_MANUAL_UPLOAD_NOT_ALLOWED "禁止手动上传到流水线仓库"                                                                     en "Manual upload to pipeline repository not allowed",
            251211 PIPELINE_ARTIFACT_PATH_ILLEGAL          "注意：path参数出错，指定文件属于流水线仓库的制品"                                             en "Note: The path parameter is incorrect. The specified file[{0}] belongs to the artifact of the pipeline repository[{1}]",
            251212 CHUNKED_ARTIFACT_BROKEN                 "分块上传制品文件已损坏"                                                                       en "Chunked artifact broken",
            251213 BLOCK_UPLOADID_ERROR                    "UploadId 为 null or empty，请检查请求头中uploadId是否正确"                                    en "The value of UploadId [{0}] is null or empty. Check whether uploadId in the request header is correct",
            251214 BLOCK_HEAD_NOT_FOUND                    "请求头HEADER_OFFSET和HEADER_FILE_SIZE不可为空"                                                en "Both HEADER_OFFSET and HEADER_FILE_SIZE are null.",
            251215 BLOCK_UPDATE_LIST_IS_NULL               "更新分块列表为空"                                                                             en "The update list blocks is the empty",
            251216 USER_SHARE_CONFIG_NOT_FOUND             "用户分享配置不存在"                                                                           en "Repository[{0}] share config not found",
            251217 APPROVAL_NOT_FOUND                      "审批记录不存在"                                                                               en "Approval not found: {0}",
            251218 USER_SHARE_NOT_FOUND                    "用户分享不存在"                                                                               en "Share[{0}] not found",
            251219 USER_SHARE_NO_PERMITS                   "用户分享无权限"                                                                               en "The number of permits for this share link has been exhausted. Please contact the file sharer.",
            251220 USER_SHARE_EXPIRED                      "用户分享已过期",
        }
        /// Repository 错误码
        ///
        /// bkrepo's `RepositoryMessageCode`, module 15: codes 250000 + 15 × 100 + n.
        section Repository in 251500..=251599 {
            251501 UNKNOWN_STORAGE_CREDENTIALS_TYPE     "未知存储凭证类型"                                                                     en "Unknown stored credential type",
            251502 STORAGE_CREDENTIALS_IN_USE           "存储凭证使用中"                                                                       en "Stored Credentials in use",
            251503 STORAGE_CREDENTIALS_NOT_FOUND        "未找到存储凭证"                                                                       en "No stored credentials found",
            251504 METADATA_KEY_RESERVED                "元数据保留key"                                                                        en "Metadata retention key",
            251505 PIPELINE_METADATA_UPDATE_NOT_ALLOWED "修改的元数据属于【流水线系统元数据集】仅支持在流水线构件归档时自动记录，禁止人工修改" en "The modified metadata {0} belongs to the [Pipeline System Metadata Set] only supports automatic records when archiving in the pipeline build, and it is forbidden to modify manually",
        }
    }
}

fn main() {}
