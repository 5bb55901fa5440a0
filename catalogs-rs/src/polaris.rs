//! Polaris: 112 entries in one table, from `common/api/v1/codeinfo.go` and
//! `zh.toml` of polarismesh/polaris.

use errcat::error_catalog;

error_catalog! {
    /// Error codes of Polaris, Tencent's service discovery and governance
    /// platform.
    ///
    /// Every entry is a row of Polaris's error-code table (`错误码表`), in table
    /// order: the name, the code and the English text, which are those of
    /// `common/api/v1/codeinfo.go` in
    /// [polarismesh/polaris](https://github.com/polarismesh/polaris) but for the
    /// codes noted on NotFoundTagConfig, NotFoundMasterConfig, IPRateLimit and
    /// APIRateLimit. The Chinese messages are those of Polaris's `zh.toml`
    /// message bundle at HEAD; IPRateLimit and APIRateLimit have none there.
    ///
    /// The table has one heading and lists its codes out of numeric order, so
    /// the catalogue has no sections. A Polaris code starts with its HTTP
    /// status (400xxx is 400 Bad Request), which each entry declares with
    /// `#[http(…)]`.
    #[languages(en, zh)]
    #[cfg_attr(feature = "serde", serde)]
    #[baseline = "errcat.lock"]
    pub system Polaris: i32 {
        #[http(200)] 200000 ExecuteSuccess                     "execute success"                                                            zh "执行成功",
        #[http(200)] 200001 DataNoChange                       "discover data is no change"                                                 zh "服务发现数据无变化",
        #[http(200)] 200002 NoNeedUpdate                       "update data is no change, no need to update"                                zh "数据没有变化, 无需更新",
        #[http(400)] 400000 BadRequest                         "bad request"                                                                zh "请求错误",
        #[http(400)] 400001 ParseException                     "request decode failed"                                                      zh "请求解析失败",
        #[http(400)] 400002 EmptyRequest                       "empty request"                                                              zh "空请求",
        #[http(400)] 400003 BatchSizeOverLimit                 "batch size over the limit"                                                  zh "批量数据超过限制",
        #[http(400)] 400004 InvalidDiscoverResource            "invalid discover resource"                                                  zh "服务发现资源非法",
        #[http(400)] 400100 InvalidRequestID                   "invalid request id"                                                         zh "请求ID非法",
        #[http(400)] 400101 InvalidUserName                    "invalid user name"                                                          zh "用户名非法",
        #[http(400)] 400102 InvalidUserToken                   "invalid user token"                                                         zh "用户token非法",
        #[http(400)] 400103 InvalidParameter                   "invalid parameter"                                                          zh "参数非法",
        #[http(400)] 400104 EmptyQueryParameter                "query instance parameter is empty"                                          zh "查询实例参数为空",
        /// Polaris's current English text reads "query instance, service or namespace
        /// or host is required"; the Chinese text translates that wording.
        #[http(400)] 400105 InvalidQueryInsParameter           "query instance, (service,namespace) or host is required"                    zh "查询实例, 需要服务或命名空间或主机作为参数",
        #[http(400)] 400110 InvalidNamespaceName               "invalid namespace name"                                                     zh "命名空间名称非法",
        #[http(400)] 400111 InvalidNamespaceOwners             "invalid namespace owners"                                                   zh "命名空间拥有人非法",
        #[http(400)] 400112 InvalidNamespaceToken              "invalid namespace token"                                                    zh "命名空间token非法",
        #[http(400)] 400120 InvalidServiceName                 "invalid service name"                                                       zh "服务名称非法",
        #[http(400)] 400121 InvalidServiceOwners               "invalid service owners"                                                     zh "服务拥有人非法",
        #[http(400)] 400122 InvalidServiceToken                "invalid service token"                                                      zh "服务token非法",
        #[http(400)] 400123 InvalidServiceMetadata             "invalid service metadata"                                                   zh "服务元数据非法",
        #[http(400)] 400124 InvalidServicePorts                "invalid service ports"                                                      zh "服务端口非法",
        #[http(400)] 400125 InvalidServiceBusiness             "invalid service business"                                                   zh "服务所属业务非法",
        #[http(400)] 400126 InvalidServiceDepartment           "invalid service department"                                                 zh "服务所属部门非法",
        #[http(400)] 400127 InvalidServiceCMDB                 "invalid service CMDB"                                                       zh "服务cmdb非法",
        #[http(400)] 400128 InvalidServiceComment              "invalid service comment"                                                    zh "服务备注非法",
        #[http(400)] 400129 InvalidServiceAliasComment         "invalid service alias comment"                                              zh "服务别名备注非法",
        #[http(400)] 400130 InvalidInstanceID                  "invalid instance id"                                                        zh "实例ID非法",
        #[http(400)] 400131 InvalidInstanceHost                "invalid instance host"                                                      zh "实例Host非法",
        #[http(400)] 400132 InvalidInstancePort                "invalid instance port"                                                      zh "实例端口非法",
        #[http(400)] 400133 InvalidServiceAlias                "invalid service alias"                                                      zh "实例别名非法",
        #[http(400)] 400134 InvalidNamespaceWithAlias          "request namespace is not allow to create sid type alias"                    zh "当前命名空间不运行创建sid类型别名",
        #[http(400)] 400135 InvalidServiceAliasOwners          "invalid service alias owners"                                               zh "服务别名拥有者非法",
        #[http(400)] 400136 InvalidInstanceProtocol            "invalid instance protocol"                                                  zh "实例协议非法",
        #[http(400)] 400137 InvalidInstanceVersion             "invalid instance version"                                                   zh "实例版本非法",
        #[http(400)] 400138 InvalidInstanceLogicSet            "invalid instance logic set"                                                 zh "实例逻辑集合非法",
        #[http(400)] 400139 InvalidInstanceIsolate             "invalid instance isolate"                                                   zh "实例隔离设置非法",
        #[http(400)] 400140 HealthCheckNotOpen                 "server not open health check"                                               zh "服务端未开启健康检查",
        #[http(400)] 400141 HeartbeatOnDisabledIns             "heartbeat on disabled instance"                                             zh "在已被禁用的实例上进行心跳",
        #[http(400)] 400142 HeartbeatExceedLimit               "instance can only heartbeat 1 time per second"                              zh "心跳超限, 实例仅支持每秒1次心跳",
        #[http(400)] 400150 InvalidMetadata                    "the length of metadata is too long or metadata contains invalid characters" zh "元数据长度过长或包含非法字符",
        #[http(400)] 400151 InvalidRateLimitID                 "invalid rate limit id"                                                      zh "限频ID非法",
        #[http(400)] 400152 InvalidRateLimitLabels             "invalid rate limit labels"                                                  zh "限频标签非法",
        #[http(400)] 400153 InvalidRateLimitAmounts            "invalid rate limit amounts"                                                 zh "限频数量非法",
        #[http(400)] 400160 InvalidCircuitBreakerID            "invalid circuit breaker id"                                                 zh "熔断ID非法",
        #[http(400)] 400161 InvalidCircuitBreakerVersion       "invalid circuit breaker version"                                            zh "熔断版本非法",
        #[http(400)] 400162 InvalidCircuitBreakerName          "invalid circuit breaker name"                                               zh "熔断名称非法",
        #[http(400)] 400163 InvalidCircuitBreakerNamespace     "invalid circuit breaker namespace"                                          zh "熔断命名空间ID非法",
        #[http(400)] 400164 InvalidCircuitBreakerOwners        "invalid circuit breaker owners"                                             zh "熔断所属人ID非法",
        #[http(400)] 400165 InvalidCircuitBreakerToken         "invalid circuit breaker token"                                              zh "熔断token非法",
        #[http(400)] 400166 InvalidCircuitBreakerBusiness      "invalid circuit breaker business"                                           zh "熔断所属业务非法",
        #[http(400)] 400167 InvalidCircuitBreakerDepartment    "invalid circuit breaker department"                                         zh "熔断所属部门非法",
        #[http(400)] 400168 InvalidCircuitBreakerComment       "invalid circuit breaker comment"                                            zh "熔断备注非法",
        #[http(400)] 400201 ExistedResource                    "existed resource"                                                           zh "资源已存在",
        #[http(400)] 400208 SameInstanceRequest                "the same instance request"                                                  zh "实例请求重复",
        #[http(400)] 400202 NotFoundResource                   "not found resource"                                                         zh "未找到资源",
        #[http(400)] 400401 ClientAPINotOpen                   "client api is not open"                                                     zh "客户端API未开放",
        #[http(400)] 400402 NotAllowBusinessService            "not allow requesting business service"                                      zh "不允许请求当前业务服务",
        #[http(400)] 400501 NotAllowAliasUpdate                "not allow service alias updating"                                           zh "服务别名不允许更新",
        #[http(400)] 400502 NotAllowAliasCreateInstance        "not allow service alias creating instance"                                  zh "服务别名不允许创建实例",
        #[http(400)] 400503 NotAllowAliasCreateRouting         "not allow service alias creating routing config"                            zh "服务别名不允许创建路由规则",
        #[http(400)] 400504 NotAllowCreateAliasForAlias        "only source service can create alias"                                       zh "仅允许源服务可以创建别名",
        #[http(400)] 400505 NotAllowAliasCreateRateLimit       "not allow service alias creating rate limit"                                zh "服务别名不允许创建限流规则",
        #[http(400)] 400506 NotAllowAliasBindRule              "not allow service alias binding rule"                                       zh "服务别名不允许绑定规则",
        #[http(400)] 400507 NotAllowDifferentNamespaceBindRule "not allow different namespace binding rule"                                 zh "不允许不同的命名空间绑定同一规则",
        #[http(400)] 400203 NamespaceExistedServices           "some services existed in namespace"                                         zh "当前命名空间存在服务，请先删除服务，再删除命名空间",
        #[http(400)] 400204 ServiceExistedInstances            "some instances existed in service"                                          zh "当前服务存在实例，请先删除实例，再删除服务",
        #[http(400)] 400205 ServiceExistedRoutings             "some routings existed in service"                                           zh "当前服务存在路由规则，请先删除路由规则，再删除服务",
        #[http(400)] 400206 ServiceExistedRateLimits           "some rate limits existed in service"                                        zh "当前服务存在限流规则，请先删除限流规则，再删除服务",
        #[http(400)] 400209 ServiceExistedCircuitBreakers      "some circuit breakers existed in service"                                   zh "当前服务存在熔断规则，请先删除熔断规则，再删除服务",
        #[http(400)] 400210 ServiceExistedAlias                "some aliases existed in service"                                            zh "当前服务存在服务别名，请先删除服务别名，再删除服务",
        #[http(400)] 400211 NamespaceExistedMeshResources      "some mesh resources existed in namespace"                                   zh "某些网格资源在当前命名空间已存在",
        #[http(400)] 400212 NamespaceExistedCircuitBreakers    "some circuit breakers existed in namespace"                                 zh "某些熔断在当前命名空间已存在",
        #[http(400)] 400207 ExistReleasedConfig                "exist released config"                                                      zh "存在已发布配置",
        #[http(400)] 400301 NotFoundService                    "not found service"                                                          zh "服务未找到",
        #[http(400)] 400302 NotFoundRouting                    "not found routing"                                                          zh "路由未找到",
        #[http(400)] 400303 NotFoundInstance                   "not found instances"                                                        zh "示例未找到",
        #[http(400)] 400304 NotFoundServiceAlias               "not found service alias"                                                    zh "服务别名未找到",
        #[http(400)] 400305 NotFoundNamespace                  "not found namespace"                                                        zh "命名空间未找到",
        #[http(400)] 400306 NotFoundSourceService              "not found the source service link with the alias"                           zh "未找到和当前服务别名关联的服务",
        #[http(400)] 400307 NotFoundRateLimit                  "not found rate limit"                                                       zh "限流规则未找到",
        #[http(400)] 400308 NotFoundCircuitBreaker             "not found circuit breaker"                                                  zh "熔断规则未找到",
        // Kept at the table's code, though Polaris's own source has this pair the other way round.
        /// Polaris's own source (`codeinfo.go`, from its first commit to HEAD) gives
        /// `NotFoundTagConfig` the code 400310; the table has 400309.
        #[http(400)] 400309 NotFoundTagConfig                  "not found tag config"                                                       zh "标签配置未找到",
        /// Polaris's own source (`codeinfo.go`, from its first commit to HEAD) gives
        /// `NotFoundMasterConfig` the code 400309; the table has 400310.
        #[http(400)] 400310 NotFoundMasterConfig               "not found master config"                                                    zh "主配置未找到",
        #[http(400)] 400311 NotFoundTagConfigOrService         "not found tag config or service, or relation already exists"                zh "未找到标签或服务, 或者关系已存在",
        #[http(401)] 401000 Unauthorized                       "unauthorized"                                                               zh "未经授权",
        #[http(401)] 401001 NotAllowedAccess                   "access is not approved"                                                     zh "权限不被允许",
        // Kept at the table's code, which was also Polaris's own until the move.
        /// Later Polaris versions moved `IPRateLimit` to 429002; Polaris's
        /// Chinese messages at HEAD have no text for it.
        #[http(403)] 403001 IPRateLimit                        "server limit the ip access",
        // Kept at the table's code, which was also Polaris's own until the move.
        /// Later Polaris versions moved `APIRateLimit` to 403003; Polaris's
        /// Chinese messages at HEAD have no text for it.
        #[http(403)] 403002 APIRateLimit                       "server limit the api access",
        #[http(404)] 404001 CMDBNotFindHost                    "not found the host cmdb"                                                    zh "无法找到主机的cmdb",
        #[http(409)] 409000 DataConflict                       "data is conflict, please try again"                                         zh "数据有冲突, 请再次重试",
        #[http(429)] 429001 InstanceTooManyRequests            "your instance has too many requests"                                        zh "你的实例请求过多",
        #[http(500)] 500000 ExecuteException                   "execute exception"                                                          zh "执行异常",
        #[http(500)] 500001 StoreLayerException                "store layer exception"                                                      zh "存储层异常",
        #[http(500)] 500002 CMDBPluginException                "cmdb plugin exception"                                                      zh "cmdb插件异常",
        #[http(500)] 500004 ParseRoutingException              "parsing routing failed"                                                     zh "解析路由规则失败",
        #[http(500)] 500005 ParseRateLimitException            "parse rate limit failed"                                                    zh "解析限频规则失败",
        #[http(500)] 500006 ParseCircuitBreakerException       "parse circuit breaker failed"                                               zh "解析熔断规则失败",
        #[http(500)] 500007 HeartbeatException                 "heartbeat execute exception"                                                zh "心跳异常",
        #[http(400)] 400180 InvalidPlatformID                  "invalid platform id"                                                        zh "平台ID非法",
        #[http(400)] 400181 InvalidPlatformName                "invalid platform name"                                                      zh "平台名称非法",
        #[http(400)] 400182 InvalidPlatformDomain              "invalid platform domain"                                                    zh "平台域名非法",
        #[http(400)] 400183 InvalidPlatformQPS                 "invalid platform qps"                                                       zh "平台qps非法",
        #[http(400)] 400184 InvalidPlatformToken               "invalid platform token"                                                     zh "平台token非法",
        #[http(400)] 400185 InvalidPlatformOwner               "invalid platform owner"                                                     zh "平台拥有人非法",
        #[http(400)] 400186 InvalidPlatformDepartment          "invalid platform department"                                                zh "平台所属部们非法",
        #[http(400)] 400187 InvalidPlatformComment             "invalid platform comment"                                                   zh "平台备注非法",
        #[http(400)] 400188 NotFoundPlatform                   "not found platform"                                                         zh "未找到平台",
        #[http(400)] 400170 ServicesExistedMesh                "services existed mesh"                                                      zh "服务有已存在的网格",
        #[http(400)] 400171 ResourcesExistedMesh               "resources existed mesh"                                                     zh "当前资源有已存在的网格",
        #[http(400)] 400213 ServiceSubscribedByMeshes          "service subscribed by some mesh"                                            zh "服务已被某些网格订阅",
        #[http(400)] 400172 InvalidMeshParameter               "invalid mesh parameter"                                                     zh "网格参数非法",
    }
}
