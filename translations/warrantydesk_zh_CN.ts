<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseViewBuilder</name>
    <message>
        <location filename="../app/warrantydesk/caseviewbuilder.cpp" line="+153"/>
        <source>Verdict: %1 · %2 · %3</source>
        <translation>判定：%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer notification</source>
        <translation>买家通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for more evidence</source>
        <translation>请买家补充证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step change (%1)</source>
        <translation>步骤变更(%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Execution: %1 %2</source>
        <translation>执行：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category and findings</source>
        <translation>分类与认定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence waived: %1</source>
        <translation>已豁免证据：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of the verdict</source>
        <translation>判定审批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal decision: %1</source>
        <translation>复核决定：%1</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../models/itemmodels/domainlabels.cpp" line="+9"/>
        <source>Wrong key</source>
        <extracomment>卡密错误 / 发错卡密</extracomment>
        <translation>卡密错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid key</source>
        <extracomment>卡密无效、失效</extracomment>
        <translation>卡密无效、失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired goods sold</source>
        <extracomment>销售过期商品</extracomment>
        <translation>销售过期商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <extracomment>与描述不符</extracomment>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key already used</source>
        <extracomment>卡密已被使用</extracomment>
        <translation>卡密已被使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late delivery</source>
        <extracomment>虚拟商品延迟交付</extracomment>
        <translation>虚拟商品延迟交付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service interrupted</source>
        <extracomment>服务中断</extracomment>
        <translation>服务中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service not completed</source>
        <extracomment>承诺服务未兑现</extracomment>
        <translation>承诺服务未兑现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key extraction failed</source>
        <extracomment>卡密无法提取</extracomment>
        <translation>卡密无法提取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid but not delivered</source>
        <extracomment>支付成功但未到账</extracomment>
        <translation>支付成功但未到账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate charge</source>
        <extracomment>重复扣款</extracomment>
        <translation>重复扣款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order stuck</source>
        <extracomment>订单状态异常</extracomment>
        <translation>订单状态异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account data lost</source>
        <extracomment>账户信息丢失</extracomment>
        <translation>账户信息丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier top-up delay</source>
        <extracomment>运营商充值延迟</extracomment>
        <translation>运营商充值延迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher issue</source>
        <extracomment>游戏官方更新导致无法使用</extracomment>
        <translation>游戏官方更新导致无法使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product defect</source>
        <extracomment>商品问题</extracomment>
        <translation>商品问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant fulfilment</source>
        <extracomment>商家履约</extracomment>
        <translation>商家履约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform fault</source>
        <extracomment>平台故障</extracomment>
        <translation>平台故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Third party</source>
        <extracomment>第三方</extracomment>
        <translation>第三方</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+136"/>
        <location line="+17"/>
        <location line="+146"/>
        <source>Merchant</source>
        <extracomment>商家</extracomment>
        <translation>商家</translation>
    </message>
    <message>
        <location line="-297"/>
        <location line="+132"/>
        <location line="+21"/>
        <source>Platform</source>
        <extracomment>平台</extracomment>
        <translation>平台</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Customer (not covered)</source>
        <extracomment>用户自担</extracomment>
        <translation>用户自担</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Game point card</source>
        <extracomment>游戏点卡</extracomment>
        <translation>游戏点卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation key</source>
        <extracomment>软件激活码</extracomment>
        <translation>软件激活码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership</source>
        <extracomment>会员卡</extracomment>
        <translation>会员卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone top-up</source>
        <extracomment>话费充值</extracomment>
        <translation>话费充值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <extracomment>代练/代充服务</extracomment>
        <translation>代练/代充服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>Other</source>
        <extracomment>其他</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Standard warranty</source>
        <extracomment>标准质保</extracomment>
        <translation>标准质保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-time verification</source>
        <extracomment>一次性验证质保</extracomment>
        <translation>一次性验证质保</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not certified</source>
        <extracomment>未认证</extracomment>
        <translation>未认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <extracomment>已认证</extracomment>
        <translation>已认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold merchant</source>
        <extracomment>金牌商家</extracomment>
        <translation>金牌商家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official store</source>
        <extracomment>官方直营</extracomment>
        <translation>官方直营</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Pending</source>
        <comment>payment status</comment>
        <extracomment>待支付</extracomment>
        <translation>待支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <comment>payment status</comment>
        <extracomment>已支付</extracomment>
        <translation>已支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>payment status</comment>
        <extracomment>支付失败</extracomment>
        <translation>支付失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <comment>payment status</comment>
        <extracomment>已退款</extracomment>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially refunded</source>
        <comment>payment status</comment>
        <extracomment>部分退款</extracomment>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <comment>delivery status</comment>
        <extracomment>待发货</extracomment>
        <translation>待发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>delivery status</comment>
        <extracomment>处理中</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <comment>delivery status</comment>
        <extracomment>已发货</extracomment>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <comment>delivery status</comment>
        <extracomment>发货失败</extracomment>
        <translation>发货失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <comment>delivery status</comment>
        <extracomment>已取消</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delivered</source>
        <comment>key log event</comment>
        <extracomment>发货</extracomment>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracted</source>
        <comment>key log event</comment>
        <extracomment>提取</extracomment>
        <translation>已提取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation attempt</source>
        <comment>key log event</comment>
        <extracomment>激活尝试</extracomment>
        <translation>激活尝试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeemed</source>
        <comment>key log event</comment>
        <extracomment>兑换</extracomment>
        <translation>已兑换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissued</source>
        <comment>key log event</comment>
        <extracomment>补发</extracomment>
        <translation>已补发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <comment>key log event</comment>
        <extracomment>退款</extracomment>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <comment>key log event</comment>
        <extracomment>作废</extracomment>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Success</source>
        <extracomment>成功</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <extracomment>无效</extracomment>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>已过期</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used</source>
        <extracomment>已被使用</extracomment>
        <translation>已被使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region mismatch</source>
        <extracomment>区服不符</extracomment>
        <translation>区服不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System error</source>
        <extracomment>系统错误</extracomment>
        <translation>系统错误</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>Publisher</source>
        <extracomment>发行商</extracomment>
        <translation>发行商</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Carrier</source>
        <extracomment>运营商</extracomment>
        <translation>运营商</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+9"/>
        <location line="+146"/>
        <source>Customer</source>
        <extracomment>买家</extracomment>
        <translation>买家</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+110"/>
        <source>Agent</source>
        <extracomment>客服</extracomment>
        <translation>客服</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Maintenance</source>
        <extracomment>系统维护</extracomment>
        <translation>系统维护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outage</source>
        <extracomment>系统故障</extracomment>
        <translation>系统故障</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment callback</source>
        <extracomment>支付回调</extracomment>
        <translation>支付回调</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order state change</source>
        <extracomment>订单状态变更</extracomment>
        <translation>订单状态变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order details</source>
        <extracomment>订单详情</extracomment>
        <translation>订单详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key usage record</source>
        <extracomment>卡密使用记录</extracomment>
        <translation>卡密使用记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication with merchant</source>
        <extracomment>与商家沟通记录</extracomment>
        <translation>与商家沟通记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment record</source>
        <extracomment>支付记录</extracomment>
        <translation>支付记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshot</source>
        <extracomment>截图</extracomment>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat log</source>
        <extracomment>聊天记录</extracomment>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reissue key</source>
        <extracomment>补发卡密</extracomment>
        <translation>补发卡密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <extracomment>退款</extracomment>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial refund</source>
        <extracomment>部分退款</extracomment>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay out of deposit</source>
        <extracomment>保证金先行赔付</extracomment>
        <translation>保证金先行赔付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver</source>
        <extracomment>补发货</extracomment>
        <translation>补发货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation</source>
        <extracomment>补偿(代金券/积分/会员升级)</extracomment>
        <translation>补偿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore account</source>
        <extracomment>恢复账户</extracomment>
        <translation>恢复账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinate with third party</source>
        <extracomment>协调第三方</extracomment>
        <translation>协调第三方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <extracomment>驳回</extracomment>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feedback</source>
        <extracomment>问题反馈</extracomment>
        <translation>问题反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <extracomment>证据提交</extracomment>
        <translation>证据提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <extracomment>平台审核</extracomment>
        <translation>平台审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <extracomment>责任判定</extracomment>
        <translation>责任判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execution</source>
        <extracomment>结果执行</extracomment>
        <translation>结果执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Closed</source>
        <extracomment>已结案</extracomment>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Appeal review</source>
        <extracomment>结果复核</extracomment>
        <translation>结果复核</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <extracomment>待处理</extracomment>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting customer</source>
        <extracomment>等待买家</extracomment>
        <translation>等待买家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <extracomment>处理中</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting approval</source>
        <extracomment>待审批</extracomment>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appealed</source>
        <extracomment>复核中</extracomment>
        <translation>复核中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor</source>
        <extracomment>主管</extracomment>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <extracomment>管理员</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal note</source>
        <extracomment>内部备注</extracomment>
        <translation>内部备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message to customer</source>
        <extracomment>买家可见</extracomment>
        <translation>买家可见消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review note</source>
        <extracomment>审核意见</extracomment>
        <translation>审核意见</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uphold</source>
        <extracomment>维持原判</extracomment>
        <translation>维持原判</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overturn</source>
        <extracomment>撤销原判</extracomment>
        <translation>撤销原判</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend</source>
        <extracomment>变更判定</extracomment>
        <translation>变更判定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <extracomment>category (group), e.g. 卡密无效(商品问题)</extracomment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/warrantydesk/main.cpp" line="+94"/>
        <source>WarrantyDesk cannot open %1 yet: case bundles (.wdcase) arrive in a later version; links look like warrantydesk://ticket/&lt;id&gt;.</source>
        <translation>质保工作台暂时无法打开 %1：案件包(.wdcase)将在后续版本支持；链接格式为 warrantydesk://ticket/&lt;id&gt;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo server could not start: %1</source>
        <translation>演示服务器无法启动：%1</translation>
    </message>
</context>
<context>
    <name>wd::EvidenceModel</name>
    <message>
        <location filename="../models/itemmodels/evidencemodel.cpp" line="+213"/>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying SHA-256…</source>
        <translation>正在校验 SHA-256…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 verified</source>
        <translation>SHA-256 校验通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 mismatch: integrity failure, not valid evidence</source>
        <translation>SHA-256 不匹配：完整性校验失败，不能作为有效证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File missing on the server</source>
        <translation>服务器上缺少该文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>identical file in ticket %1 (%2)</source>
        <translation>与工单 %1 中的文件完全相同(%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>similar screenshot in ticket %1 (%2, %n bit(s) apart)</source>
        <translation>
            <numerusform>与工单 %1 中的截图相似(%2，相差 %n 位)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also submitted by another customer: %1</source>
        <translation>其他买家也提交过：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>wd::KeyLogModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/keylogmodel.cpp" line="+20"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+152"/>
        <location line="+11"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 – %3
%4</source>
        <translation>%1：%2 – %3
%4</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>→ %1 · %2</source>
        <extracomment>a maintenance window&apos;s end and length, e.g. &quot;→ 19:00 · 2 h&quot;</extracomment>
        <translation>→ %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 · key %3 · by %4</source>
        <translation>%1 · %2 · 卡密 %3 · 操作者 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 from %2</source>
        <translation>%1，IP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>wd::TicketQueueModel</name>
    <message>
        <location filename="../models/itemmodels/ticketqueuemodel.cpp" line="+193"/>
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A change to this ticket was refused by the server and waits for you</source>
        <translation>该工单的一项修改被服务器拒绝，等待您处理</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet confirmed by the server</source>
        <translation>
            <numerusform>%n 项修改尚未被服务器确认</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA left</source>
        <translation>SLA 剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty left</source>
        <translation>质保剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>wd::app::DemoServer</name>
    <message>
        <location filename="../app/warrantydesk/demoserver.cpp" line="+30"/>
        <source>Cannot create the folder of %1</source>
        <translation>无法创建 %1 的文件夹</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The demo server could not listen on a loopback port</source>
        <translation>演示服务器无法监听本机回环端口</translation>
    </message>
</context>
<context>
    <name>wd::app::Workstation</name>
    <message>
        <location filename="../app/warrantydesk/workstation.cpp" line="+100"/>
        <source>Preparing the demo: writing %1 sample tickets…</source>
        <translation>正在准备演示：写入 %1 个示例工单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WarrantyDesk demo</source>
        <translation>质保工作台演示</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No credential store is available: you will be asked for your password next time.</source>
        <translation>没有可用的凭据库：下次启动时需要重新输入密码。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>WarrantyDesk</source>
        <translation>质保工作台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Syncing: %1 tickets received</source>
        <translation>正在同步：已收到 %1 个工单</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Downloading evidence: %n left</source>
        <translation>
            <numerusform>正在下载证据：剩余 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket %1 could not be loaded: %2</source>
        <translation>无法加载工单 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence %1 could not be downloaded: %2</source>
        <translation>证据 %1 无法下载：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your unsent changes are kept and go once you are signed in.</source>
        <translation>您尚未发送的更改已保留,重新登录后会自动发送。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Exporting the queue…</source>
        <translation>正在导出队列…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>An export is already running; cancel it in the status bar or wait for it.</source>
        <translation>已有导出正在进行；请在状态栏取消或等待其完成。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export queue view</source>
        <translation>导出队列视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting the queue: %1 of %2 tickets</source>
        <translation>正在导出队列：%1 / %2 个工单</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n ticket(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 个工单到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed, no file was written: %1</source>
        <translation>导出失败，未写入任何文件：%1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new language applies when WarrantyDesk starts next.</source>
        <translation>新语言将在质保工作台下次启动时生效。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unsent changes</source>
        <translation>未发送的修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: the ticket changed</source>
        <translation>被拒绝：工单已变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every change has reached the server.</source>
        <translation>所有修改均已同步到服务器。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About WarrantyDesk</source>
        <translation>关于质保工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;WarrantyDesk (质保工作台)&lt;/b&gt; %1&lt;br&gt;The warranty complaint workstation for card-key platforms.&lt;br&gt;Rule set %2.</source>
        <translation>&lt;b&gt;质保工作台(WarrantyDesk)&lt;/b&gt; %1&lt;br&gt;面向卡盟平台的质保投诉处理工作站。&lt;br&gt;规则版本 %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is now trusted. Sign in again.</source>
        <translation>已信任该证书，请重新登录。</translation>
    </message>
    <message>
        <location filename="../app/warrantydesk/workstation_cases.cpp" line="+63"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>More evidence</source>
        <translation>补充证据</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence request (%1)</source>
        <translation>证据补充请求(%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer notification</source>
        <translation>买家通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiver</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category and findings</source>
        <translation>分类与认定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appeal decision</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading %1 from the server…</source>
        <translation>正在从服务器加载 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cached copy of %1 is damaged; loading it again from the server…</source>
        <translation>%1 的本地缓存已损坏，正在从服务器重新加载…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change could not be saved on this computer, so it was NOT recorded: %1</source>
        <translation>修改无法保存在此电脑上，因此未被记录：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change refused</source>
        <translation>修改被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 was refused by the server:
%3

Drop this change?</source>
        <translation>%2 上的“%1”被服务器拒绝：
%3

是否放弃此修改？</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pulling a ticket needs the server; you are offline. Work on your own tickets meanwhile.</source>
        <translation>领取工单需要连接服务器；您当前处于离线状态。请先处理您已持有的工单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No ticket was pulled: %1</source>
        <translation>未领取到工单：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is empty: no unclaimed ticket is waiting.</source>
        <translation>队列为空：没有等待领取的工单。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lease renewal</source>
        <translation>续租</translation>
    </message>
</context>
<context>
    <name>wd::ui::AssessmentPanel</name>
    <message>
        <location filename="../ui/assessmentpanel.cpp" line="+67"/>
        <source>One-time verification not disclosed at purchase</source>
        <translation>购买时未告知一次性验证质保</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key possibly resold (used by someone else)</source>
        <translation>卡密疑似被转卖(被他人使用)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure during a platform maintenance or outage</source>
        <translation>故障发生在平台维护或故障期间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merchant deposit below the amount paid</source>
        <translation>商家保证金低于实付金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint contradicts the key log</source>
        <translation>投诉内容与卡密日志矛盾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules engine proposal</source>
        <translation>规则引擎建议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why (rules applied, in order)</source>
        <translation>依据(按顺序适用的规则)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment trace</source>
        <translation>评估依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Evidence checklist</source>
        <translation>证据清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the next step is blocked</source>
        <translation>无法进入下一步的原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request evidence…</source>
        <translation>要求补充证据…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Request evidence…</source>
        <translation>要求补充证据(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for evidence (%1)</source>
        <translation>请买家补充证据(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waive…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without the selected missing item, with a written reason</source>
        <translation>书面说明理由后，在缺少所选证据的情况下继续</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No case open.</source>
        <translation>未打开案件。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Covered</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not covered</source>
        <translation>不在保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — liable: %2</source>
        <translation>%1 — 责任方：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed remedies: %1</source>
        <translation>建议处理方式：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In warranty (until %1)</source>
        <translation>在质保期内(至 %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of warranty (ended %1)</source>
        <translation>已过质保期(%1 结束)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In warranty (not delivered yet: the clock has not started)</source>
        <translation>在质保期内(尚未发货，质保未开始计时)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of warranty</source>
        <translation>已过质保期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule set %1</source>
        <translation>规则版本 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Present</source>
        <translation>✓ 已提供</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Present (extra)</source>
        <translation>✓ 已提供(额外)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order itself</source>
        <translation>订单本身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed activation in the key log</source>
        <translation>卡密日志中的激活失败记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✗ Missing</source>
        <translation>✗ 缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the customer, or waive with a written reason</source>
        <translation>请买家补充，或书面说明理由后豁免</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Blocked: %1</source>
        <translation>无法继续：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guard: %1</source>
        <translation>规则：%1</translation>
    </message>
</context>
<context>
    <name>wd::ui::CaseHeader</name>
    <message>
        <location filename="../ui/caseheader.cpp" line="+81"/>
        <location line="+136"/>
        <source>Customer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No category yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · not yet synced</source>
        <translation> · 尚未同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 d %2</source>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review must start by %1</source>
        <translation>须在 %1 前开始审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No review deadline known</source>
        <translation>审核期限未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty ends %1</source>
        <translation>质保于 %1 结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never delivered: the warranty clock has not started</source>
        <translation>从未发货：质保尚未开始计时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclaimed</source>
        <translation>未领取</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Held by %1 · lease %n min</source>
        <translation>
            <numerusform>由 %1 持有 · 租约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lease of %1 expired</source>
        <translation>%1 的租约已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by %1</source>
        <translation>由 %1 持有</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy the order number</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy order number</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>wd::ui::CaseTab</name>
    <message>
        <location filename="../ui/casetab.cpp" line="+42"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category &amp;&amp; findings…</source>
        <translation>分类与认定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict…</source>
        <translation>责任判定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Execute…</source>
        <translation>执行…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve verdict</source>
        <translation>审批判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide appeal…</source>
        <translation>复核决定…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assessment</source>
        <translation>规则评估</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The category and findings are set by the agent holding the ticket, before the verdict</source>
        <translation>分类与认定由持有工单的客服在责任判定之前设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A verdict is recorded at the verdict step, by the agent holding the ticket</source>
        <translation>责任判定在“责任判定”步骤由持有工单的客服录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executions are recorded at the execution step, after the verdict took effect</source>
        <translation>执行记录在判定生效后的“结果执行”步骤录入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a verdict awaiting approval, by a supervisor who did not write it</source>
        <translation>仅限待审批的判定，且须由非判定人的主管审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an appeal under review, by a supervisor who neither made nor approved the verdict</source>
        <translation>仅限复核中的申请，且须由既未作出也未审批该判定的主管决定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your change was not accepted: %1</source>
        <translation>您的修改未被接受：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step blocked — %1 (%2)</source>
        <translation>无法进入下一步 — %1(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes recorded here are waiting to reach the server.</source>
        <translation>此处录入的修改正在等待同步到服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown from the local cache; fetching the latest from the server…</source>
        <translation>当前显示本地缓存；正在从服务器获取最新数据…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Category and findings</source>
        <translation>分类与认定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer caused the failure (user error)</source>
        <translation>问题由买家自身造成(用户操作失误)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force majeure (outside anyone&apos;s control)</source>
        <translation>不可抗力(非任何一方可控)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The merchant refused to cooperate</source>
        <translation>商家拒绝配合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>认定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decide the appeal</source>
        <translation>作出复核决定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: this is recorded and shown to the customer&apos;s agent</source>
        <translation>理由：将被记录并向处理该买家的客服展示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>wd::ui::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+26"/>
        <source>Untrusted server certificate</source>
        <translation>不受信任的服务器证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of %1 could not be verified. Trust it only if your IT team gave you this exact fingerprint.</source>
        <translation>无法验证 %1 的证书。只有在 IT 部门提供了完全相同的指纹时才可信任。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No details given.</source>
        <translation>没有详细信息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate problems</source>
        <translation>证书问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trust this certificate</source>
        <translation>信任此证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>wd::ui::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+78"/>
        <source>The ticket was changed meanwhile</source>
        <translation>工单已被他人修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your change was not saved: someone else changed the ticket after you opened it. Compare and choose how to go on.</source>
        <translation>您的修改未保存：在您打开工单后，其他人修改了它。请对比后选择如何继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Your change:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;您的修改：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your view beside the server&apos;s</source>
        <translation>您看到的与服务器当前的对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you made the change</source>
        <translation>您修改时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>服务器当前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>持有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed since you loaded the ticket</source>
        <translation>在您加载工单之后已更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the ticket as it is now; your change is not applied</source>
        <translation>加载工单的当前状态；不应用您的修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard my change</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the ticket but keep your text, to apply the change again by hand</source>
        <translation>重新加载工单但保留您的文字，以便手动再次修改</translation>
    </message>
</context>
<context>
    <name>wd::ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="+67"/>
        <source>Team dashboard</source>
        <translation>团队看板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review SLA breached</source>
        <translation>审核 SLA 已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 25 % of SLA left</source>
        <translation>SLA 剩余不足 25 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdicts awaiting approval</source>
        <translation>待审批的判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeals to decide</source>
        <translation>待决定的复核</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tickets by step</source>
        <translation>按步骤统计工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets by category</source>
        <translation>按分类统计工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets held per person</source>
        <translation>每人持有的工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions recorded</source>
        <translation>已记录的决定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open these tickets in the queue</source>
        <translation>在队列中打开这些工单</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not refresh: %1</source>
        <translation>无法刷新：%1</translation>
    </message>
</context>
<context>
    <name>wd::ui::EvidenceRequestDialog</name>
    <message>
        <location filename="../ui/evidencerequestdialog.cpp" line="+26"/>
        <source>Request evidence from the customer</source>
        <translation>请买家补充证据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence to ask for</source>
        <translation>需补充的证据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer sees this message. The ticket waits for the customer (SLA paused) until they answer.</source>
        <translation>买家会看到这条消息。在买家答复前，工单处于等待买家状态(SLA 暂停计时)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline for the customer</source>
        <translation>买家补充期限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send request</source>
        <translation>发送请求(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ask for:</source>
        <translation>需补充(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>wd::ui::EvidenceStrip</name>
    <message>
        <location filename="../ui/evidencestrip.cpp" line="+142"/>
        <source>Evidence thumbnails</source>
        <translation>证据缩略图</translation>
    </message>
</context>
<context>
    <name>wd::ui::EvidenceTileDelegate</name>
    <message>
        <location line="-49"/>
        <source>Integrity failure</source>
        <translation>完整性校验失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
</context>
<context>
    <name>wd::ui::EvidenceViewer</name>
    <message>
        <location filename="../ui/evidenceviewer.cpp" line="+45"/>
        <source>Evidence viewer</source>
        <translation>证据查看器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected evidence</source>
        <translation>所选证据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence to compare with</source>
        <translation>用于对比的证据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fit · %1 %</source>
        <translation>适应窗口 · %1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual size (1:1)</source>
        <translation>实际大小(1:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate 90° clockwise</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare side by side</source>
        <translation>并排对比</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Integrity failure: the SHA-256 of these bytes does not match the evidence on record. This is not valid evidence and is not shown.</source>
        <translation>完整性校验失败：该文件的 SHA-256 与记录不符。这不是有效证据，不予显示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file of this evidence is missing on the server.</source>
        <translation>服务器上缺少此证据的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview for %1 (%2).</source>
        <translation>%1(%2)无法预览。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading and checking the SHA-256…</source>
        <translation>正在下载并校验 SHA-256…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not downloaded yet.</source>
        <translation>尚未下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No evidence in this case.</source>
        <translation>本案没有证据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured %1 · Source: %2</source>
        <translation>拍摄于 %1 · 来源：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Compare with %1</source>
        <translation>与 %1 对比</translation>
    </message>
</context>
<context>
    <name>wd::ui::ExecutionDialog</name>
    <message>
        <location filename="../ui/executiondialog.cpp" line="+36"/>
        <source>Refund transaction ID</source>
        <translation>退款流水号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key ID</source>
        <translation>新卡密编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit deduction reference</source>
        <translation>保证金扣除记录号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher ID</source>
        <translation>代金券编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery reference</source>
        <translation>发货记录号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account restoration reference</source>
        <translation>账户恢复记录号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination result</source>
        <translation>协调结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>记录号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>必须填写%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the coordination result in a few words.</source>
        <translation>请用几句话说明协调结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: 3 to 64 letters, digits or . _ : / -, no spaces.</source>
        <translation>%1：3 到 64 个字母、数字或 . _ : / -，不能有空格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Execute the verdict — %1</source>
        <translation>执行判定 — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Execution records (one per remedy)</source>
        <translation>执行记录(每种处理方式一条)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to execute: the notification tells the customer.</source>
        <translation>无需执行：通知买家即可。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recorded by %1</source>
        <translation>由 %1 记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2:</source>
        <translation>%1 — %2：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer notification</source>
        <translation>买家通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notify the customer now</source>
        <translation>立即通知买家(&amp;N)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>&amp;Record and notify</source>
        <translation>记录并通知(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record only</source>
        <translation>仅记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Write the notification.</source>
        <translation>请填写通知内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notification still has placeholders to fill: %1.</source>
        <translation>通知中仍有待填写的占位符：%1。</translation>
    </message>
</context>
<context>
    <name>wd::ui::ImageLoader</name>
    <message>
        <location filename="../ui/imageloader.cpp" line="+71"/>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空(0 字节)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large to show (%1 MB; at most %2 MB).</source>
        <translation>文件过大，无法显示(%1 MB；最多 %2 MB)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an image: the file is none of PNG, JPEG, GIF, WebP or BMP.</source>
        <translation>不是图片：文件不是 PNG、JPEG、GIF、WebP 或 BMP。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 file is damaged: its header cannot be read.</source>
        <translation>%1 文件已损坏：无法读取文件头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image header is damaged: it declares no usable size.</source>
        <translation>图片文件头已损坏：没有可用的尺寸。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image declares %1 pixels, more than a screenshot can have; not decoded.</source>
        <translation>图片声明有 %1 像素，超出截图的合理范围；未解码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The JPEG file is truncated (its end is missing); it cannot be shown as evidence.</source>
        <translation>JPEG 文件不完整(缺少结尾)，不能作为证据显示。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image could not be decoded: %1.</source>
        <translation>图片无法解码：%1。</translation>
    </message>
</context>
<context>
    <name>wd::ui::KeyLogView</name>
    <message>
        <location filename="../ui/keylogview.cpp" line="+109"/>
        <source>Key activation log</source>
        <translation>卡密激活日志</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>wd::ui::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="+22"/>
        <source>Sign in to WarrantyDesk</source>
        <translation>登录质保工作台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember me on this computer</source>
        <translation>在此电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the session in the system&apos;s credential store, never the password</source>
        <translation>将会话保存在系统凭据库中，从不保存密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>失败次数过多，账户已锁定。请在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>无法连接服务器，请检查地址和网络。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. Try again.</source>
        <translation>服务器响应超时，请重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate was not accepted.</source>
        <translation>服务器证书未被接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not sign you in right now.</source>
        <translation>服务器暂时无法为您登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server address as http:// or https:// followed by the host.</source>
        <translation>请输入以 http:// 或 https:// 开头、后接主机名的服务器地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has ended. Sign in again; your unsent changes are kept.</source>
        <translation>您的会话已结束。请重新登录；未发送的修改会保留。</translation>
    </message>
</context>
<context>
    <name>wd::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+33"/>
        <source>WarrantyDesk</source>
        <translation>质保工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsent changes</source>
        <translation>未发送的修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export queue view…</source>
        <translation>导出队列视图…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull next ticket</source>
        <translation>领取下一个工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open ticket by ID…</source>
        <translation>按编号打开工单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket ID:</source>
        <translation>工单编号：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the queue</source>
        <translation>显示队列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the dashboard</source>
        <translation>显示看板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsent changes…</source>
        <translation>未发送的修改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ticket</source>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for more evidence</source>
        <translation>请买家补充证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict…</source>
        <translation>责任判定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execute remedies…</source>
        <translation>执行处理方式…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve verdict</source>
        <translation>审批判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide appeal…</source>
        <translation>复核决定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the case</source>
        <translation>重新加载案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the case tab</source>
        <translation>关闭案件标签页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous tab</source>
        <translation>上一个标签页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work as the demo agent</source>
        <translation>以演示客服身份工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work as the demo supervisor</source>
        <translation>以演示主管身份工作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About WarrantyDesk</source>
        <translation>关于质保工作台</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2) · %3</source>
        <translation>%1(%2)· %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WarrantyDesk — %1</source>
        <translation>质保工作台 — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Syncing</source>
        <translation>● 同步中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Offline — working from the local cache</source>
        <translation>● 离线 — 使用本地缓存工作</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n unsent change(s), %1 need you</source>
        <translation>
            <numerusform>%n 项修改未发送，其中 %1 项需要您处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n 项修改未发送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>wd::ui::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+46"/>
        <source>not yet synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note kind</source>
        <translation>备注类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canned reply</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>填写备注…(Ctrl+Enter 添加)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;nned reply:</source>
        <translation>快捷回复(&amp;N)：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Review notes are written at the review step.</source>
        <translation>审核意见只能在平台审核步骤填写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Insert a canned reply…</source>
        <translation>插入快捷回复…</translation>
    </message>
</context>
<context>
    <name>wd::ui::OrderPanel</name>
    <message>
        <location filename="../ui/orderpanel.cpp" line="+119"/>
        <source>No order is linked to this ticket yet.</source>
        <translation>该工单尚未关联订单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order and payment</source>
        <translation>订单与支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered at</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>交易渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区服</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty policy at purchase</source>
        <translation>购买时的质保说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>质保期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed</source>
        <translation>是否告知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text shown</source>
        <translation>展示文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty deposit</source>
        <translation>质保保证金</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>never delivered</source>
        <translation>从未发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved off the platform</source>
        <translation>已转至平台外</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the platform</source>
        <translation>平台内</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) after delivery</source>
        <translation>
            <numerusform>发货后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, shown before purchase</source>
        <translation>是，购买前已展示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, not shown before purchase</source>
        <translation>否，购买前未展示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · below the amount paid</source>
        <translation> · 低于实付金额</translation>
    </message>
</context>
<context>
    <name>wd::ui::QueueView</name>
    <message>
        <location filename="../ui/queueview.cpp" line="+67"/>
        <location line="+8"/>
        <source>Pull next ticket</source>
        <translation>领取下一个工单</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Claim the most urgent unclaimed ticket (%1)</source>
        <translation>领取最紧急的未领取工单(%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queue views</source>
        <translation>队列视图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Views…</source>
        <translation>视图…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current view as…</source>
        <translation>将当前视图另存为…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+360"/>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Manage views…</source>
        <translation>管理视图…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Export queue view…</source>
        <translation>导出队列视图…</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Search order, customer, merchant, product, description, notes… (Ctrl+F)</source>
        <translation>搜索订单、买家、商家、商品、描述、备注…(Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step filter</source>
        <translation>按步骤筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any step</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>按分类筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any category</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA filter</source>
        <translation>按 SLA 筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any SLA</source>
        <translation>全部 SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 25 % left</source>
        <translation>剩余不足 25 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsynced only</source>
        <translation>仅未同步</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team queue</source>
        <translation>团队队列</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 tickets</source>
        <translation>%1 个工单</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Manage views</source>
        <translation>管理视图</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>wd::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+48"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language applies when WarrantyDesk starts next.</source>
        <translation>新语言将在质保工作台下次启动时生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned certificate SHA-256</source>
        <translation>固定的证书 SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the system&apos;s certificate authorities decide</source>
        <translation>无：由系统证书颁发机构决定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight window in minutes</source>
        <translation>高亮时间窗口(分钟)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key-log events within this many minutes of a screenshot&apos;s capture time are highlighted, and the other way round</source>
        <translation>与截图拍摄时间相差在此分钟数内的卡密日志事件会被高亮，反之亦然</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned &amp;certificate (SHA-256):</source>
        <translation>固定证书(&amp;C)(SHA-256)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight window:</source>
        <translation>高亮窗口(&amp;H)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed).</source>
        <translation>SHA-256 指纹为 64 位十六进制数字(可含冒号)。</translation>
    </message>
</context>
<context>
    <name>wd::ui::ShortcutHelpDialog</name>
    <message>
        <location filename="../ui/shortcuthelp.cpp" line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by action or key…</source>
        <translation>按操作或按键搜索…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>wd::ui::StepBar</name>
    <message>
        <location filename="../ui/stepbar.cpp" line="+223"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move on to %1 (%2)</source>
        <translation>进入%1(%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next step from %1</source>
        <translation>%1之后没有下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move on: %1</source>
        <translation>无法进入下一步：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for more evidence (%1)</source>
        <translation>请买家补充证据(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot go back: %1</source>
        <translation>无法返回：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workflow step</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current step: %1 (of %2)</source>
        <translation>当前步骤：%1(共 %2 步)</translation>
    </message>
</context>
<context>
    <name>wd::ui::TemplateMessageEditor</name>
    <message>
        <location filename="../ui/templatemessageeditor.cpp" line="+15"/>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message text</source>
        <translation>消息内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Edit the text as needed before sending.</source>
        <translation>发送前可按需修改内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still to fill in: %1</source>
        <translation>仍需填写：%1</translation>
    </message>
</context>
<context>
    <name>wd::ui::VerdictDialog</name>
    <message>
        <location filename="../ui/verdictdialog.cpp" line="+48"/>
        <location line="+260"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>liable party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remedies</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount above the amount paid</source>
        <translation>金额高于实付金额</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict — %1</source>
        <translation>责任判定 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal: %1 · liable: %2 · remedies: %3</source>
        <translation>建议：%1 · 责任方：%2 · 处理方式：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covered</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not covered</source>
        <translation>不在保</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Liable party</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remedies</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount in CNY</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(paid %1)</source>
        <translation>(实付 %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning</source>
        <translation>判定理由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cited evidence</source>
        <translation>引用证据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The case file holds no evidence items.</source>
        <translation>案卷中没有证据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What will be recorded</source>
        <translation>将记录的内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Four-eyes: the amount is above %1 CNY, so a supervisor other than you must approve the verdict before it can be executed.</source>
        <translation>双人复核：金额超过 %1 元，须由您以外的主管审批后才能执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the verdict cannot be recorded yet</source>
        <translation>判定暂时无法记录的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record verdict</source>
        <translation>记录判定(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Liable party:</source>
        <translation>责任方(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;medies:</source>
        <translation>处理方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;easoning:</source>
        <translation>判定理由(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cited evidence:</source>
        <translation>引用证据(&amp;C)：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(proposed)</source>
        <translation>(建议)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose at least one remedy.</source>
        <translation>请至少选择一种处理方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount as a number with at most two decimals, e.g. 98.50.</source>
        <translation>请输入最多两位小数的金额，例如 98.50。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain in the reasoning why the verdict departs from the proposal.</source>
        <translation>判定与建议不一致，请在判定理由中说明原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cite the evidence the verdict rests on.</source>
        <translation>请引用判定所依据的证据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an amount: use digits with at most two decimals.</source>
        <translation>金额无效：请使用最多两位小数的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ More than the customer paid (%1): explain why in the reasoning.</source>
        <translation>⚠ 高于买家实付金额(%1)：请在判定理由中说明原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the verdict follows the proposal.</source>
        <translation>选填：判定与建议一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: the verdict departs from the proposal (%1).</source>
        <translation>必填：判定与建议不一致(%1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Will record:&lt;/b&gt; liable %1; remedies %2; amount %3 CNY.</source>
        <translation>&lt;b&gt;将记录：&lt;/b&gt;责任方 %1；处理方式 %2；金额 %3 元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cites: %1. Rule set %2.</source>
        <translation>引用：%1。规则版本 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the proposal.</source>
        <translation>与建议一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departs from the proposal in: %1.</source>
        <translation>与建议不一致之处：%1。</translation>
    </message>
</context>
<context>
    <name>wd::ui::WaiverDialog</name>
    <message>
        <location filename="../ui/waiverdialog.cpp" line="+15"/>
        <source>Waive evidence</source>
        <translation>豁免证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waive &quot;%1&quot;: the case goes on without it. Write why; the reason is recorded and shown at review.</source>
        <translation>豁免“%1”：案件将在缺少该证据的情况下继续处理。请写明原因；原因会被记录并在审核时显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the waiver</source>
        <translation>豁免理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the merchant&apos;s shop is closed, so no contact was possible</source>
        <translation>例如：商家店铺已关闭，无法联系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waive</source>
        <translation>豁免(&amp;W)</translation>
    </message>
</context>
</TS>
