//! SequoiaCM: 71 entries in one table, from `doc/src/document/Manual/error_code.md`
//! and `ScmError.java` (`com.sequoiacm.exception.ScmError`) of SequoiaDB/SequoiaCM.

use errcat::error_catalog;

error_catalog! {
    /// Error codes of SequoiaCM, SequoiaDB's content management system.
    ///
    /// Every entry is a row of SequoiaCM's error-code table
    /// (`doc/src/document/Manual/error_code.md` in
    /// [SequoiaDB/SequoiaCM](https://github.com/SequoiaDB/SequoiaCM)), in table
    /// order: the name, the code and the Chinese text. The English messages are
    /// those of SequoiaCM's Java enum `com.sequoiacm.exception.ScmError`
    /// (`ScmError.java`; the same at commits 77842e31 and 2b397916).
    ///
    /// The table has no headings, so the catalogue has no sections.
    #[languages(zh, en)]
    #[cfg_attr(feature = "serde", serde)]
    #[baseline = "errcat.lock"]
    pub system Scm: i32 {
        -1   UNKNOWN_ERROR                  "未知错误"                     en "Unknown error",
        -101 INVALID_ARGUMENT               "非法参数"                     en "Invalid argument",
        -102 INVALID_ID                     "非法ID"                       en "Invalid id",
        -103 SYSTEM_ERROR                   "系统错误"                     en "System error",
        -104 LOCK_ERROR                     "锁错误"                       en "Lock error",
        -105 MISSING_ARGUMENT               "缺失参数"                     en "Missing argument",
        -106 OUT_OF_BOUND                   "参数越界"                     en "Out of bound",
        -107 OPERATION_UNSUPPORTED          "不支持该操作"                 en "Unsupported operation",
        -108 OPERATION_FORBIDDEN            "禁止该操作"                   en "Operation forbidden",
        -109 OPERATION_UNAUTHORIZED         "未授角色该操作权限"           en "Unauthorized operation",
        -130 ATTRIBUTE_FORMAT_ERROR         "参数格式错误"                 en "Attribute format error",
        -131 NO_OPERAND_FOR_KEY             "key没有对应操作数"            en "No operand for key",
        -132 SESSION_CLOSED                 "会话已关闭"                   en "Session has been Closed",
        -133 NETWORK_IO                     "网络IO异常"                   en "Network IO Exception",
        -201 SERVER_RELOAD_CONF_FAILED      "加载配置失败"                 en "Reload configure failed",
        -202 SERVER_NOT_IN_WORKSPACE        "工作区不存在该站点服务"       en "Server is Not In WorkSpace",
        -203 SERVER_NOT_EXIST               "服务不存在"                   en "Server is not exist",
        -204 SITE_NOT_EXIST                 "站点不存在"                   en "Site is not exist",
        -205 WORKSPACE_NOT_EXIST            "工作区不存在"                 en "Workspace is not exist",
        -206 METASOURCE_ERROR               "元数据服务错误"               en "Metasource Error",
        -207 WORKSPACE_NOT_EMPTY            "工作区不为空"                 en "Workspace not empty",
        -208 WORKSPACE_EXIST                "工作区已存在"                 en "Workspace already exist",
        -220 TASK_DUPLICATE                 "任务已存在"                   en "Task is duplicate",
        -221 TASK_NOT_EXIST                 "任务不存在"                   en "Task is not exist",
        -240 DIR_EXIST                      "目录已存在"                   en "Directory already exists",
        -241 DIR_NOT_FOUND                  "目录不存在"                   en "Directory not found",
        -242 DIR_NOT_EMPTY                  "目录不为空"                   en "Directory not empty",
        -243 DIR_MOVE_TO_SUBDIR             "目录不能移动到子目录"         en "Can not move dir to a subdir of itself",
        -250 BATCH_NOT_FOUND                "批次不存在"                   en "Batch not found",
        -261 FILE_EXIST                     "文件已存在"                   en "File already exists",
        -262 FILE_NOT_FOUND                 "文件不存在"                   en "File not found",
        -263 FILE_TABLE_NOT_FOUND           "文件表不存在"                 en "File table Not Found",
        -264 FILE_VERSION_MISMATCHING       "文件不是当前文件版本类型"     en "Client file version is not current version",
        -265 FILE_IN_SPECIFIED_BATCH        "指定批次已存在该文件"         en "File already exists in the specified batch",
        -266 FILE_IN_ANOTHER_BATCH          "其他批次存在该文件"           en "File already exists for another batch",
        -267 FILE_NOT_IN_BATCH              "批次不存在该文件"             en "File does not exist in the batch",
        -268 FILE_CLASS_UNDEFINED           "文件模型未定义"               en "File class is Undefined",
        -269 BATCH_CLASS_UNDEFINED          "批次模型未定义"               en "Batch class is Undefined",
        -280 PRIVILEGE_GRANT_FAILED         "授予权限失败"                 en "Grant privilege failed",
        -281 PRIVILEGE_REVOKE_FAILED        "移除权限失败"                 en "Revoke privilege failed",
        -401 DATA_ERROR                     "文件内容服务错误"             en "Data source error",
        -402 DATA_NOT_EXIST                 "文件内容不存在"               en "Data is not exist",
        -403 DATA_TYPE_ERROR                "数据类型错误"                 en "Data type error",
        -404 DATA_WRITE_ERROR               "文件内容写操作失败"           en "Write data error",
        -405 DATA_READ_ERROR                "文件内容读操作失败"           en "Read data error",
        -406 DATA_DELETE_ERROR              "删除文件内容失败"             en "Delete data error",
        -407 DATA_UNAVAILABLE               "文件内容不可用"               en "Data unavailable",
        -408 DATA_EXIST                     "文件内容已存在"               en "Data exist",
        -409 DATA_CORRUPTED                 "文件内容已损坏"               en "Data is corrupted",
        -410 DATA_BREAKPOINT_WRITE_ERROR    "断点文件写操作失败"           en "Write breakpoint file data error",
        -411 DATA_IS_IN_USE                 "文件内容正在使用"             en "Data is in use",
        -501 METADATA_CHECK_ERROR           "元数据参数校验错误"           en "Properties check error",
        -502 METADATA_CLASS_EXIST           "元数据模型已存在"             en "Class already exists",
        -503 METADATA_CLASS_NOT_EXIST       "元数据模型不存在"             en "Class is not exist",
        -504 METADATA_ATTR_EXIST            "元数据属性已存在"             en "Attr already exists",
        -505 METADATA_ATTR_NOT_EXIST        "元数据属性不存在"             en "Attr Is not exist",
        -506 METADATA_ATTR_NOT_IN_CLASS     "元数据模型未添加该元数据属性" en "Class is not attached with this attr",
        -507 METADATA_ATTR_ALREADY_IN_CLASS "元数据模型已添加该元数据属性" en "Class is already attached with this attr",
        -508 METADATA_ATTR_DELETE_FAILED    "删除元数据属性失败"           en "Attr are attached with certain classes",
        -601 FILE_IO                        "客户端文件IO异常"             en "File IO Exception",
        -602 FILE_NOT_EXIST                 "客户端文件不存在"             en "File is not exist",
        -603 FILE_IS_DIRECTORY              "客户端指定文件是一个目录"     en "File Is Directory",
        -604 FILE_ALREADY_EXISTS            "客户端文件已存在"             en "File already exists",
        -605 FILE_CREATE_FAILED             "客户端文件创建失败"           en "File Create Failed",
        -606 FILE_DELETE_FAILED             "客户端文件删除失败"           en "File Delete Failed",
        -607 FILE_PERMISSION                "客户端文件权限错误"           en "File Permission Error",
        -608 FILE_IS_CLOSED                 "文件已关闭"                   en "File Is Closed",
        -609 INPUT_STREAM_CLOSED            "输入流已关闭"                 en "InputStream Is Closed",
        -610 OUTPUT_STREAM_CLOSED           "输出流已关闭"                 en "OutputStream Is Closed",
        -700 CONFIG_SERVER_ERROR            "配置服务错误"                 en "Config server error",
        -701 WORKSPACE_CACHE_EXPIRE         "工作区缓存区过期"             en "Workspace cache is expire",
    }
}
