//! MCServerLauncher Future: 25 entries in nested sections, from
//! `Writerside/topics/mfp-v1/action-retcode.md` of MCSLTeam/mcsl-future-protocol.

use errcat::error_catalog;

error_catalog! {
    /// Response codes of the MCServerLauncher Future daemon protocol.
    ///
    /// Every entry is a code of the protocol's response-code page
    /// (`Writerside/topics/mfp-v1/action-retcode.md` in
    /// [MCSLTeam/mcsl-future-protocol](https://github.com/MCSLTeam/mcsl-future-protocol)),
    /// in page order: the English name is the entry's name, the Chinese name
    /// (中文) its message and the description (说明) its explanation. The
    /// sections are the page's category headings, nested as the page nests
    /// them; a heading's code opens its section's range, which spans 10000
    /// codes at the top level, 1000 below it and 100 below that.
    /// The page is the version declared here; later revisions of the protocol
    /// folded 11000–11002 into 10006 and 21104/21105 into 21101/21102.
    #[languages(zh)]
    #[cfg_attr(feature = "serde", serde)]
    #[baseline = "errcat.lock"]
    pub system Mcsl: i32 {
        /// 当 [](action.md) 请求有效、操作执行成功时，响应码为 `0`。
        0 OK "成功",
        /// Request Error - 请求错误
        section Request in 10000..=19999 {
            /// 无法解析请求或缺失操作名称
            #[name = "Bad Request"]         10001 BAD_REQUEST         "无效请求",
            /// 客户端调用未知操作
            #[name = "Unknown Action"]      10002 UNKNOWN_ACTION      "未知操作",
            /// 令牌权限不足
            #[name = "Permission Denied"]   10003 PERMISSION_DENIED   "权限不足",
            /// 请求的操作当前不可用
            #[name = "Action Unavailable"]  10004 ACTION_UNAVAILABLE  "暂不可用",
            /// 请求频率超出了速率限制
            #[name = "Rate Limit Exceeded"] 10005 RATE_LIMIT_EXCEEDED "频率过快",
            /// Param Error - 参数错误
            ///
            /// Later protocol revisions fold this section into `10006` Param Error.
            section Param in 11000..=11999 {
                /// 请求参数缺失或类型错误
                ///
                /// Later protocol revisions fold this code into `10006` Param Error.
                #[name = "Bad Param"]  11001 BAD_PARAM  "类型错误",
                /// 参数格式错误
                ///
                /// Later protocol revisions fold this code into `10006` Param Error.
                #[name = "Bad Format"] 11002 BAD_FORMAT "格式错误",
            }
        }
        /// Server Error - 服务器错误
        section Server in 20000..=29999 {
            /// 服务器内部发生未知错误
            #[name = "Unexpected Error"] 20001 UNEXPECTED_ERROR "意外错误",
            /// File Error - 文件错误
            section File in 21000..=21999 {
                /// 访问的文件不存在
                #[name = "File Not Found"]      21001 FILE_NOT_FOUND      "文件不存在",
                /// 访问的文件已存在
                #[name = "File Already Exists"] 21002 FILE_ALREADY_EXISTS "文件已存在",
                /// 文件正在被使用，无法再次打开
                #[name = "File In Use"]         21003 FILE_IN_USE         "文件已占用",
                /// 访问的路径是目录而不是文件
                #[name = "It's A Directory"]    21004 ITS_A_DIRECTORY     "那是目录",
                /// 访问的路径是文件而不是目录
                #[name = "It's A File"]         21005 ITS_A_FILE          "那是文件",
                /// 无法读/写/创建/删除/移动文件
                ///
                /// The daemon's source calls this code "File Access Denied".
                #[name = "File Access Failed"]  21006 FILE_ACCESS_FAILED  "无法访问文件",
                /// 服务器储存空间已满
                #[name = "Disk Full"]           21007 DISK_FULL           "磁盘已满",
                /// Upload / Download Error - 上传 / 下载错误
                section UploadDownload in 21100..=21199 {
                    /// 文件已在上传
                    ///
                    /// Later protocol revisions make this code Already Uploading / Downloading.
                    #[name = "Already Uploading"]   21101 ALREADY_UPLOADING   "已在上传",
                    /// 文件不在上传
                    ///
                    /// Later protocol revisions make this code Not Uploading / Downloading.
                    #[name = "Not Uploading"]       21102 NOT_UPLOADING       "不在上传",
                    /// 要上传的文件过大
                    #[name = "File Too Big"]        21103 FILE_TOO_BIG        "文件过大",
                    /// 文件已在下载
                    ///
                    /// Later protocol revisions fold this code into `21101`.
                    #[name = "Already Downloading"] 21104 ALREADY_DOWNLOADING "已在下载",
                    /// 文件不在下载
                    ///
                    /// Later protocol revisions fold this code into `21102`.
                    #[name = "Not Downloading"]     21105 NOT_DOWNLOADING     "不在下载",
                }
            }
        }
        /// Instance Error - 实例错误
        section Instance in 30000..=39999 {
            /// 访问的实例不存在
            #[name = "Instance Not Found"]      30001 INSTANCE_NOT_FOUND      "实例不存在",
            /// 访问的实例已存在
            #[name = "Instance Already Exists"] 30002 INSTANCE_ALREADY_EXISTS "实例已存在",
            /// 实例当前状态不支持该操作
            #[name = "Bad Instance State"]      30003 BAD_INSTANCE_STATE      "实例状态错误",
            /// 实例类型不支持该操作
            #[name = "Bad Instance Type"]       30004 BAD_INSTANCE_TYPE       "实例类型错误",
        }
        /// 保留错误段
        ///
        /// 这两段响应码为保留段，Daemon 实现不应该使用。
        reserved 40000..=59999;
        /// 其它错误段
        ///
        /// 对于其他无法涵盖的错误，Daemon 实现可以自由使用来表示。A daemon's own
        /// catalogue declares them with `#[extends(Mcsl)]`.
        open 60000..=99999;
    }
}
