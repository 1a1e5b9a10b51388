package org.itup.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_ID", "RULE_STRING", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'qualitative'", "'goal'", "'goals'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'import'", "'value'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'objective'", "'primary'", "'secondary'", "'outcome'", "'output'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'activity'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'all'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }


    	private ItupGrammarAccess grammarAccess;

    	public void setGrammarAccess(ItupGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRulePlan"
    // InternalItup.g:53:1: entryRulePlan : rulePlan EOF ;
    public final void entryRulePlan() throws RecognitionException {
        try {
            // InternalItup.g:54:1: ( rulePlan EOF )
            // InternalItup.g:55:1: rulePlan EOF
            {
             before(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            rulePlan();

            state._fsp--;

             after(grammarAccess.getPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:62:1: rulePlan : ( ( rule__Plan__Group__0 ) ) ;
    public final void rulePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:66:2: ( ( ( rule__Plan__Group__0 ) ) )
            // InternalItup.g:67:2: ( ( rule__Plan__Group__0 ) )
            {
            // InternalItup.g:67:2: ( ( rule__Plan__Group__0 ) )
            // InternalItup.g:68:3: ( rule__Plan__Group__0 )
            {
             before(grammarAccess.getPlanAccess().getGroup()); 
            // InternalItup.g:69:3: ( rule__Plan__Group__0 )
            // InternalItup.g:69:4: rule__Plan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:78:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalItup.g:79:1: ( ruleImport EOF )
            // InternalItup.g:80:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:87:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:91:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalItup.g:92:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalItup.g:92:2: ( ( rule__Import__Group__0 ) )
            // InternalItup.g:93:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalItup.g:94:3: ( rule__Import__Group__0 )
            // InternalItup.g:94:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:103:1: entryRuleCoreValue : ruleCoreValue EOF ;
    public final void entryRuleCoreValue() throws RecognitionException {
        try {
            // InternalItup.g:104:1: ( ruleCoreValue EOF )
            // InternalItup.g:105:1: ruleCoreValue EOF
            {
             before(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getCoreValueRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:112:1: ruleCoreValue : ( ( rule__CoreValue__Group__0 ) ) ;
    public final void ruleCoreValue() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:116:2: ( ( ( rule__CoreValue__Group__0 ) ) )
            // InternalItup.g:117:2: ( ( rule__CoreValue__Group__0 ) )
            {
            // InternalItup.g:117:2: ( ( rule__CoreValue__Group__0 ) )
            // InternalItup.g:118:3: ( rule__CoreValue__Group__0 )
            {
             before(grammarAccess.getCoreValueAccess().getGroup()); 
            // InternalItup.g:119:3: ( rule__CoreValue__Group__0 )
            // InternalItup.g:119:4: rule__CoreValue__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:128:1: entryRuleGoal : ruleGoal EOF ;
    public final void entryRuleGoal() throws RecognitionException {
        try {
            // InternalItup.g:129:1: ( ruleGoal EOF )
            // InternalItup.g:130:1: ruleGoal EOF
            {
             before(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getGoalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:137:1: ruleGoal : ( ( rule__Goal__Group__0 ) ) ;
    public final void ruleGoal() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:141:2: ( ( ( rule__Goal__Group__0 ) ) )
            // InternalItup.g:142:2: ( ( rule__Goal__Group__0 ) )
            {
            // InternalItup.g:142:2: ( ( rule__Goal__Group__0 ) )
            // InternalItup.g:143:3: ( rule__Goal__Group__0 )
            {
             before(grammarAccess.getGoalAccess().getGroup()); 
            // InternalItup.g:144:3: ( rule__Goal__Group__0 )
            // InternalItup.g:144:4: rule__Goal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:153:1: entryRuleTarget : ruleTarget EOF ;
    public final void entryRuleTarget() throws RecognitionException {
        try {
            // InternalItup.g:154:1: ( ruleTarget EOF )
            // InternalItup.g:155:1: ruleTarget EOF
            {
             before(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getTargetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:162:1: ruleTarget : ( ( rule__Target__Group__0 ) ) ;
    public final void ruleTarget() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:166:2: ( ( ( rule__Target__Group__0 ) ) )
            // InternalItup.g:167:2: ( ( rule__Target__Group__0 ) )
            {
            // InternalItup.g:167:2: ( ( rule__Target__Group__0 ) )
            // InternalItup.g:168:3: ( rule__Target__Group__0 )
            {
             before(grammarAccess.getTargetAccess().getGroup()); 
            // InternalItup.g:169:3: ( rule__Target__Group__0 )
            // InternalItup.g:169:4: rule__Target__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:178:1: entryRuleBaseline : ruleBaseline EOF ;
    public final void entryRuleBaseline() throws RecognitionException {
        try {
            // InternalItup.g:179:1: ( ruleBaseline EOF )
            // InternalItup.g:180:1: ruleBaseline EOF
            {
             before(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getBaselineRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:187:1: ruleBaseline : ( ( rule__Baseline__Group__0 ) ) ;
    public final void ruleBaseline() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:191:2: ( ( ( rule__Baseline__Group__0 ) ) )
            // InternalItup.g:192:2: ( ( rule__Baseline__Group__0 ) )
            {
            // InternalItup.g:192:2: ( ( rule__Baseline__Group__0 ) )
            // InternalItup.g:193:3: ( rule__Baseline__Group__0 )
            {
             before(grammarAccess.getBaselineAccess().getGroup()); 
            // InternalItup.g:194:3: ( rule__Baseline__Group__0 )
            // InternalItup.g:194:4: rule__Baseline__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:203:1: entryRuleSdgLink : ruleSdgLink EOF ;
    public final void entryRuleSdgLink() throws RecognitionException {
        try {
            // InternalItup.g:204:1: ( ruleSdgLink EOF )
            // InternalItup.g:205:1: ruleSdgLink EOF
            {
             before(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getSdgLinkRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:212:1: ruleSdgLink : ( ( rule__SdgLink__Group__0 ) ) ;
    public final void ruleSdgLink() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:216:2: ( ( ( rule__SdgLink__Group__0 ) ) )
            // InternalItup.g:217:2: ( ( rule__SdgLink__Group__0 ) )
            {
            // InternalItup.g:217:2: ( ( rule__SdgLink__Group__0 ) )
            // InternalItup.g:218:3: ( rule__SdgLink__Group__0 )
            {
             before(grammarAccess.getSdgLinkAccess().getGroup()); 
            // InternalItup.g:219:3: ( rule__SdgLink__Group__0 )
            // InternalItup.g:219:4: rule__SdgLink__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:228:1: entryRuleSector : ruleSector EOF ;
    public final void entryRuleSector() throws RecognitionException {
        try {
            // InternalItup.g:229:1: ( ruleSector EOF )
            // InternalItup.g:230:1: ruleSector EOF
            {
             before(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getSectorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:237:1: ruleSector : ( ( rule__Sector__Group__0 ) ) ;
    public final void ruleSector() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:241:2: ( ( ( rule__Sector__Group__0 ) ) )
            // InternalItup.g:242:2: ( ( rule__Sector__Group__0 ) )
            {
            // InternalItup.g:242:2: ( ( rule__Sector__Group__0 ) )
            // InternalItup.g:243:3: ( rule__Sector__Group__0 )
            {
             before(grammarAccess.getSectorAccess().getGroup()); 
            // InternalItup.g:244:3: ( rule__Sector__Group__0 )
            // InternalItup.g:244:4: rule__Sector__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:253:1: entryRuleBureau : ruleBureau EOF ;
    public final void entryRuleBureau() throws RecognitionException {
        try {
            // InternalItup.g:254:1: ( ruleBureau EOF )
            // InternalItup.g:255:1: ruleBureau EOF
            {
             before(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getBureauRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:262:1: ruleBureau : ( ( rule__Bureau__Group__0 ) ) ;
    public final void ruleBureau() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:266:2: ( ( ( rule__Bureau__Group__0 ) ) )
            // InternalItup.g:267:2: ( ( rule__Bureau__Group__0 ) )
            {
            // InternalItup.g:267:2: ( ( rule__Bureau__Group__0 ) )
            // InternalItup.g:268:3: ( rule__Bureau__Group__0 )
            {
             before(grammarAccess.getBureauAccess().getGroup()); 
            // InternalItup.g:269:3: ( rule__Bureau__Group__0 )
            // InternalItup.g:269:4: rule__Bureau__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:278:1: entryRuleObjective : ruleObjective EOF ;
    public final void entryRuleObjective() throws RecognitionException {
        try {
            // InternalItup.g:279:1: ( ruleObjective EOF )
            // InternalItup.g:280:1: ruleObjective EOF
            {
             before(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getObjectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:287:1: ruleObjective : ( ( rule__Objective__Group__0 ) ) ;
    public final void ruleObjective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:291:2: ( ( ( rule__Objective__Group__0 ) ) )
            // InternalItup.g:292:2: ( ( rule__Objective__Group__0 ) )
            {
            // InternalItup.g:292:2: ( ( rule__Objective__Group__0 ) )
            // InternalItup.g:293:3: ( rule__Objective__Group__0 )
            {
             before(grammarAccess.getObjectiveAccess().getGroup()); 
            // InternalItup.g:294:3: ( rule__Objective__Group__0 )
            // InternalItup.g:294:4: rule__Objective__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:303:1: entryRuleOutcome : ruleOutcome EOF ;
    public final void entryRuleOutcome() throws RecognitionException {
        try {
            // InternalItup.g:304:1: ( ruleOutcome EOF )
            // InternalItup.g:305:1: ruleOutcome EOF
            {
             before(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getOutcomeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:312:1: ruleOutcome : ( ( rule__Outcome__Group__0 ) ) ;
    public final void ruleOutcome() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:316:2: ( ( ( rule__Outcome__Group__0 ) ) )
            // InternalItup.g:317:2: ( ( rule__Outcome__Group__0 ) )
            {
            // InternalItup.g:317:2: ( ( rule__Outcome__Group__0 ) )
            // InternalItup.g:318:3: ( rule__Outcome__Group__0 )
            {
             before(grammarAccess.getOutcomeAccess().getGroup()); 
            // InternalItup.g:319:3: ( rule__Outcome__Group__0 )
            // InternalItup.g:319:4: rule__Outcome__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:328:1: entryRuleOutput : ruleOutput EOF ;
    public final void entryRuleOutput() throws RecognitionException {
        try {
            // InternalItup.g:329:1: ( ruleOutput EOF )
            // InternalItup.g:330:1: ruleOutput EOF
            {
             before(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:337:1: ruleOutput : ( ( rule__Output__Group__0 ) ) ;
    public final void ruleOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:341:2: ( ( ( rule__Output__Group__0 ) ) )
            // InternalItup.g:342:2: ( ( rule__Output__Group__0 ) )
            {
            // InternalItup.g:342:2: ( ( rule__Output__Group__0 ) )
            // InternalItup.g:343:3: ( rule__Output__Group__0 )
            {
             before(grammarAccess.getOutputAccess().getGroup()); 
            // InternalItup.g:344:3: ( rule__Output__Group__0 )
            // InternalItup.g:344:4: rule__Output__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:353:1: entryRulePerformanceIndicator : rulePerformanceIndicator EOF ;
    public final void entryRulePerformanceIndicator() throws RecognitionException {
        try {
            // InternalItup.g:354:1: ( rulePerformanceIndicator EOF )
            // InternalItup.g:355:1: rulePerformanceIndicator EOF
            {
             before(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:362:1: rulePerformanceIndicator : ( ( rule__PerformanceIndicator__Group__0 ) ) ;
    public final void rulePerformanceIndicator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:366:2: ( ( ( rule__PerformanceIndicator__Group__0 ) ) )
            // InternalItup.g:367:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            {
            // InternalItup.g:367:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            // InternalItup.g:368:3: ( rule__PerformanceIndicator__Group__0 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 
            // InternalItup.g:369:3: ( rule__PerformanceIndicator__Group__0 )
            // InternalItup.g:369:4: rule__PerformanceIndicator__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:378:1: entryRuleEnabler : ruleEnabler EOF ;
    public final void entryRuleEnabler() throws RecognitionException {
        try {
            // InternalItup.g:379:1: ( ruleEnabler EOF )
            // InternalItup.g:380:1: ruleEnabler EOF
            {
             before(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getEnablerRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:387:1: ruleEnabler : ( ( rule__Enabler__Group__0 ) ) ;
    public final void ruleEnabler() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:391:2: ( ( ( rule__Enabler__Group__0 ) ) )
            // InternalItup.g:392:2: ( ( rule__Enabler__Group__0 ) )
            {
            // InternalItup.g:392:2: ( ( rule__Enabler__Group__0 ) )
            // InternalItup.g:393:3: ( rule__Enabler__Group__0 )
            {
             before(grammarAccess.getEnablerAccess().getGroup()); 
            // InternalItup.g:394:3: ( rule__Enabler__Group__0 )
            // InternalItup.g:394:4: rule__Enabler__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:403:1: entryRuleStrategicRisk : ruleStrategicRisk EOF ;
    public final void entryRuleStrategicRisk() throws RecognitionException {
        try {
            // InternalItup.g:404:1: ( ruleStrategicRisk EOF )
            // InternalItup.g:405:1: ruleStrategicRisk EOF
            {
             before(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getStrategicRiskRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:412:1: ruleStrategicRisk : ( ( rule__StrategicRisk__Group__0 ) ) ;
    public final void ruleStrategicRisk() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:416:2: ( ( ( rule__StrategicRisk__Group__0 ) ) )
            // InternalItup.g:417:2: ( ( rule__StrategicRisk__Group__0 ) )
            {
            // InternalItup.g:417:2: ( ( rule__StrategicRisk__Group__0 ) )
            // InternalItup.g:418:3: ( rule__StrategicRisk__Group__0 )
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup()); 
            // InternalItup.g:419:3: ( rule__StrategicRisk__Group__0 )
            // InternalItup.g:419:4: rule__StrategicRisk__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:428:1: entryRuleMitigation : ruleMitigation EOF ;
    public final void entryRuleMitigation() throws RecognitionException {
        try {
            // InternalItup.g:429:1: ( ruleMitigation EOF )
            // InternalItup.g:430:1: ruleMitigation EOF
            {
             before(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getMitigationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:437:1: ruleMitigation : ( ( rule__Mitigation__Group__0 ) ) ;
    public final void ruleMitigation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:441:2: ( ( ( rule__Mitigation__Group__0 ) ) )
            // InternalItup.g:442:2: ( ( rule__Mitigation__Group__0 ) )
            {
            // InternalItup.g:442:2: ( ( rule__Mitigation__Group__0 ) )
            // InternalItup.g:443:3: ( rule__Mitigation__Group__0 )
            {
             before(grammarAccess.getMitigationAccess().getGroup()); 
            // InternalItup.g:444:3: ( rule__Mitigation__Group__0 )
            // InternalItup.g:444:4: rule__Mitigation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:453:1: entryRuleSwotItem : ruleSwotItem EOF ;
    public final void entryRuleSwotItem() throws RecognitionException {
        try {
            // InternalItup.g:454:1: ( ruleSwotItem EOF )
            // InternalItup.g:455:1: ruleSwotItem EOF
            {
             before(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getSwotItemRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:462:1: ruleSwotItem : ( ( rule__SwotItem__Group__0 ) ) ;
    public final void ruleSwotItem() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:466:2: ( ( ( rule__SwotItem__Group__0 ) ) )
            // InternalItup.g:467:2: ( ( rule__SwotItem__Group__0 ) )
            {
            // InternalItup.g:467:2: ( ( rule__SwotItem__Group__0 ) )
            // InternalItup.g:468:3: ( rule__SwotItem__Group__0 )
            {
             before(grammarAccess.getSwotItemAccess().getGroup()); 
            // InternalItup.g:469:3: ( rule__SwotItem__Group__0 )
            // InternalItup.g:469:4: rule__SwotItem__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:478:1: entryRuleImplementationCriterion : ruleImplementationCriterion EOF ;
    public final void entryRuleImplementationCriterion() throws RecognitionException {
        try {
            // InternalItup.g:479:1: ( ruleImplementationCriterion EOF )
            // InternalItup.g:480:1: ruleImplementationCriterion EOF
            {
             before(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:487:1: ruleImplementationCriterion : ( ( rule__ImplementationCriterion__Group__0 ) ) ;
    public final void ruleImplementationCriterion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:491:2: ( ( ( rule__ImplementationCriterion__Group__0 ) ) )
            // InternalItup.g:492:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            {
            // InternalItup.g:492:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            // InternalItup.g:493:3: ( rule__ImplementationCriterion__Group__0 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup()); 
            // InternalItup.g:494:3: ( rule__ImplementationCriterion__Group__0 )
            // InternalItup.g:494:4: rule__ImplementationCriterion__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:503:1: entryRuleGlossaryTerm : ruleGlossaryTerm EOF ;
    public final void entryRuleGlossaryTerm() throws RecognitionException {
        try {
            // InternalItup.g:504:1: ( ruleGlossaryTerm EOF )
            // InternalItup.g:505:1: ruleGlossaryTerm EOF
            {
             before(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getGlossaryTermRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:512:1: ruleGlossaryTerm : ( ( rule__GlossaryTerm__Group__0 ) ) ;
    public final void ruleGlossaryTerm() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:516:2: ( ( ( rule__GlossaryTerm__Group__0 ) ) )
            // InternalItup.g:517:2: ( ( rule__GlossaryTerm__Group__0 ) )
            {
            // InternalItup.g:517:2: ( ( rule__GlossaryTerm__Group__0 ) )
            // InternalItup.g:518:3: ( rule__GlossaryTerm__Group__0 )
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup()); 
            // InternalItup.g:519:3: ( rule__GlossaryTerm__Group__0 )
            // InternalItup.g:519:4: rule__GlossaryTerm__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:528:1: entryRuleTranslation : ruleTranslation EOF ;
    public final void entryRuleTranslation() throws RecognitionException {
        try {
            // InternalItup.g:529:1: ( ruleTranslation EOF )
            // InternalItup.g:530:1: ruleTranslation EOF
            {
             before(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getTranslationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:537:1: ruleTranslation : ( ( rule__Translation__Group__0 ) ) ;
    public final void ruleTranslation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:541:2: ( ( ( rule__Translation__Group__0 ) ) )
            // InternalItup.g:542:2: ( ( rule__Translation__Group__0 ) )
            {
            // InternalItup.g:542:2: ( ( rule__Translation__Group__0 ) )
            // InternalItup.g:543:3: ( rule__Translation__Group__0 )
            {
             before(grammarAccess.getTranslationAccess().getGroup()); 
            // InternalItup.g:544:3: ( rule__Translation__Group__0 )
            // InternalItup.g:544:4: rule__Translation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:553:1: entryRuleCode : ruleCode EOF ;
    public final void entryRuleCode() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:557:1: ( ruleCode EOF )
            // InternalItup.g:558:1: ruleCode EOF
            {
             before(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:568:1: ruleCode : ( ( rule__Code__Group__0 ) ) ;
    public final void ruleCode() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:573:2: ( ( ( rule__Code__Group__0 ) ) )
            // InternalItup.g:574:2: ( ( rule__Code__Group__0 ) )
            {
            // InternalItup.g:574:2: ( ( rule__Code__Group__0 ) )
            // InternalItup.g:575:3: ( rule__Code__Group__0 )
            {
             before(grammarAccess.getCodeAccess().getGroup()); 
            // InternalItup.g:576:3: ( rule__Code__Group__0 )
            // InternalItup.g:576:4: rule__Code__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:586:1: entryRuleCodeSegment : ruleCodeSegment EOF ;
    public final void entryRuleCodeSegment() throws RecognitionException {
        try {
            // InternalItup.g:587:1: ( ruleCodeSegment EOF )
            // InternalItup.g:588:1: ruleCodeSegment EOF
            {
             before(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeSegmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:595:1: ruleCodeSegment : ( ( rule__CodeSegment__Alternatives ) ) ;
    public final void ruleCodeSegment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:599:2: ( ( ( rule__CodeSegment__Alternatives ) ) )
            // InternalItup.g:600:2: ( ( rule__CodeSegment__Alternatives ) )
            {
            // InternalItup.g:600:2: ( ( rule__CodeSegment__Alternatives ) )
            // InternalItup.g:601:3: ( rule__CodeSegment__Alternatives )
            {
             before(grammarAccess.getCodeSegmentAccess().getAlternatives()); 
            // InternalItup.g:602:3: ( rule__CodeSegment__Alternatives )
            // InternalItup.g:602:4: rule__CodeSegment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__CodeSegment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getCodeSegmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:611:1: entryRulePlanName : rulePlanName EOF ;
    public final void entryRulePlanName() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:615:1: ( rulePlanName EOF )
            // InternalItup.g:616:1: rulePlanName EOF
            {
             before(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:626:1: rulePlanName : ( ( rule__PlanName__Group__0 ) ) ;
    public final void rulePlanName() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:631:2: ( ( ( rule__PlanName__Group__0 ) ) )
            // InternalItup.g:632:2: ( ( rule__PlanName__Group__0 ) )
            {
            // InternalItup.g:632:2: ( ( rule__PlanName__Group__0 ) )
            // InternalItup.g:633:3: ( rule__PlanName__Group__0 )
            {
             before(grammarAccess.getPlanNameAccess().getGroup()); 
            // InternalItup.g:634:3: ( rule__PlanName__Group__0 )
            // InternalItup.g:634:4: rule__PlanName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:644:1: entryRuleYear : ruleYear EOF ;
    public final void entryRuleYear() throws RecognitionException {
        try {
            // InternalItup.g:645:1: ( ruleYear EOF )
            // InternalItup.g:646:1: ruleYear EOF
            {
             before(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getYearRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:653:1: ruleYear : ( RULE_INT ) ;
    public final void ruleYear() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:657:2: ( ( RULE_INT ) )
            // InternalItup.g:658:2: ( RULE_INT )
            {
            // InternalItup.g:658:2: ( RULE_INT )
            // InternalItup.g:659:3: RULE_INT
            {
             before(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:669:1: entryRuleDecimal : ruleDecimal EOF ;
    public final void entryRuleDecimal() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:673:1: ( ruleDecimal EOF )
            // InternalItup.g:674:1: ruleDecimal EOF
            {
             before(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getDecimalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:684:1: ruleDecimal : ( ( rule__Decimal__Group__0 ) ) ;
    public final void ruleDecimal() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:689:2: ( ( ( rule__Decimal__Group__0 ) ) )
            // InternalItup.g:690:2: ( ( rule__Decimal__Group__0 ) )
            {
            // InternalItup.g:690:2: ( ( rule__Decimal__Group__0 ) )
            // InternalItup.g:691:3: ( rule__Decimal__Group__0 )
            {
             before(grammarAccess.getDecimalAccess().getGroup()); 
            // InternalItup.g:692:3: ( rule__Decimal__Group__0 )
            // InternalItup.g:692:4: rule__Decimal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDecimalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:702:1: ruleMeasuredTargetKind : ( ( rule__MeasuredTargetKind__Alternatives ) ) ;
    public final void ruleMeasuredTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:706:1: ( ( ( rule__MeasuredTargetKind__Alternatives ) ) )
            // InternalItup.g:707:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            {
            // InternalItup.g:707:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            // InternalItup.g:708:3: ( rule__MeasuredTargetKind__Alternatives )
            {
             before(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 
            // InternalItup.g:709:3: ( rule__MeasuredTargetKind__Alternatives )
            // InternalItup.g:709:4: rule__MeasuredTargetKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MeasuredTargetKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:718:1: ruleQualitativeTargetKind : ( ( 'qualitative' ) ) ;
    public final void ruleQualitativeTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:722:1: ( ( ( 'qualitative' ) ) )
            // InternalItup.g:723:2: ( ( 'qualitative' ) )
            {
            // InternalItup.g:723:2: ( ( 'qualitative' ) )
            // InternalItup.g:724:3: ( 'qualitative' )
            {
             before(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 
            // InternalItup.g:725:3: ( 'qualitative' )
            // InternalItup.g:725:4: 'qualitative'
            {
            match(input,11,FOLLOW_2); 

            }

             after(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:734:1: ruleSectorKind : ( ( rule__SectorKind__Alternatives ) ) ;
    public final void ruleSectorKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:738:1: ( ( ( rule__SectorKind__Alternatives ) ) )
            // InternalItup.g:739:2: ( ( rule__SectorKind__Alternatives ) )
            {
            // InternalItup.g:739:2: ( ( rule__SectorKind__Alternatives ) )
            // InternalItup.g:740:3: ( rule__SectorKind__Alternatives )
            {
             before(grammarAccess.getSectorKindAccess().getAlternatives()); 
            // InternalItup.g:741:3: ( rule__SectorKind__Alternatives )
            // InternalItup.g:741:4: rule__SectorKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SectorKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSectorKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:750:1: ruleIndicatorDirection : ( ( rule__IndicatorDirection__Alternatives ) ) ;
    public final void ruleIndicatorDirection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:754:1: ( ( ( rule__IndicatorDirection__Alternatives ) ) )
            // InternalItup.g:755:2: ( ( rule__IndicatorDirection__Alternatives ) )
            {
            // InternalItup.g:755:2: ( ( rule__IndicatorDirection__Alternatives ) )
            // InternalItup.g:756:3: ( rule__IndicatorDirection__Alternatives )
            {
             before(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 
            // InternalItup.g:757:3: ( rule__IndicatorDirection__Alternatives )
            // InternalItup.g:757:4: rule__IndicatorDirection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__IndicatorDirection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:766:1: ruleRiskTreatment : ( ( rule__RiskTreatment__Alternatives ) ) ;
    public final void ruleRiskTreatment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:770:1: ( ( ( rule__RiskTreatment__Alternatives ) ) )
            // InternalItup.g:771:2: ( ( rule__RiskTreatment__Alternatives ) )
            {
            // InternalItup.g:771:2: ( ( rule__RiskTreatment__Alternatives ) )
            // InternalItup.g:772:3: ( rule__RiskTreatment__Alternatives )
            {
             before(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 
            // InternalItup.g:773:3: ( rule__RiskTreatment__Alternatives )
            // InternalItup.g:773:4: rule__RiskTreatment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RiskTreatment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:782:1: ruleSwotKind : ( ( rule__SwotKind__Alternatives ) ) ;
    public final void ruleSwotKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:786:1: ( ( ( rule__SwotKind__Alternatives ) ) )
            // InternalItup.g:787:2: ( ( rule__SwotKind__Alternatives ) )
            {
            // InternalItup.g:787:2: ( ( rule__SwotKind__Alternatives ) )
            // InternalItup.g:788:3: ( rule__SwotKind__Alternatives )
            {
             before(grammarAccess.getSwotKindAccess().getAlternatives()); 
            // InternalItup.g:789:3: ( rule__SwotKind__Alternatives )
            // InternalItup.g:789:4: rule__SwotKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SwotKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSwotKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotKind"


    // $ANTLR start "rule__Plan__Alternatives_9"
    // InternalItup.g:797:1: rule__Plan__Alternatives_9 : ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) );
    public final void rule__Plan__Alternatives_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:801:1: ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) )
            int alt1=9;
            switch ( input.LA(1) ) {
            case 48:
                {
                alt1=1;
                }
                break;
            case 12:
                {
                alt1=2;
                }
                break;
            case 19:
            case 20:
            case 21:
                {
                alt1=3;
                }
                break;
            case 70:
                {
                alt1=4;
                }
                break;
            case 40:
                {
                alt1=5;
                }
                break;
            case 43:
                {
                alt1=6;
                }
                break;
            case 45:
                {
                alt1=7;
                }
                break;
            case 73:
                {
                alt1=8;
                }
                break;
            case 74:
                {
                alt1=9;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }

            switch (alt1) {
                case 1 :
                    // InternalItup.g:802:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    {
                    // InternalItup.g:802:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    // InternalItup.g:803:3: ( rule__Plan__ValuesAssignment_9_0 )
                    {
                     before(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 
                    // InternalItup.g:804:3: ( rule__Plan__ValuesAssignment_9_0 )
                    // InternalItup.g:804:4: rule__Plan__ValuesAssignment_9_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__ValuesAssignment_9_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:808:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    {
                    // InternalItup.g:808:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    // InternalItup.g:809:3: ( rule__Plan__GoalsAssignment_9_1 )
                    {
                     before(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 
                    // InternalItup.g:810:3: ( rule__Plan__GoalsAssignment_9_1 )
                    // InternalItup.g:810:4: rule__Plan__GoalsAssignment_9_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GoalsAssignment_9_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:814:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    {
                    // InternalItup.g:814:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    // InternalItup.g:815:3: ( rule__Plan__SectorsAssignment_9_2 )
                    {
                     before(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 
                    // InternalItup.g:816:3: ( rule__Plan__SectorsAssignment_9_2 )
                    // InternalItup.g:816:4: rule__Plan__SectorsAssignment_9_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__SectorsAssignment_9_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:820:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    {
                    // InternalItup.g:820:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    // InternalItup.g:821:3: ( rule__Plan__RisksAssignment_9_3 )
                    {
                     before(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 
                    // InternalItup.g:822:3: ( rule__Plan__RisksAssignment_9_3 )
                    // InternalItup.g:822:4: rule__Plan__RisksAssignment_9_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__RisksAssignment_9_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:826:2: ( ( rule__Plan__Group_9_4__0 ) )
                    {
                    // InternalItup.g:826:2: ( ( rule__Plan__Group_9_4__0 ) )
                    // InternalItup.g:827:3: ( rule__Plan__Group_9_4__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_4()); 
                    // InternalItup.g:828:3: ( rule__Plan__Group_9_4__0 )
                    // InternalItup.g:828:4: rule__Plan__Group_9_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalItup.g:832:2: ( ( rule__Plan__Group_9_5__0 ) )
                    {
                    // InternalItup.g:832:2: ( ( rule__Plan__Group_9_5__0 ) )
                    // InternalItup.g:833:3: ( rule__Plan__Group_9_5__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_5()); 
                    // InternalItup.g:834:3: ( rule__Plan__Group_9_5__0 )
                    // InternalItup.g:834:4: rule__Plan__Group_9_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalItup.g:838:2: ( ( rule__Plan__Group_9_6__0 ) )
                    {
                    // InternalItup.g:838:2: ( ( rule__Plan__Group_9_6__0 ) )
                    // InternalItup.g:839:3: ( rule__Plan__Group_9_6__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_6()); 
                    // InternalItup.g:840:3: ( rule__Plan__Group_9_6__0 )
                    // InternalItup.g:840:4: rule__Plan__Group_9_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_6__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalItup.g:844:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    {
                    // InternalItup.g:844:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    // InternalItup.g:845:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    {
                     before(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 
                    // InternalItup.g:846:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    // InternalItup.g:846:4: rule__Plan__CriteriaAssignment_9_7
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__CriteriaAssignment_9_7();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalItup.g:850:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    {
                    // InternalItup.g:850:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    // InternalItup.g:851:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    {
                     before(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 
                    // InternalItup.g:852:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    // InternalItup.g:852:4: rule__Plan__GlossaryAssignment_9_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GlossaryAssignment_9_8();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Alternatives_9"


    // $ANTLR start "rule__Goal__Alternatives_6"
    // InternalItup.g:860:1: rule__Goal__Alternatives_6 : ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) );
    public final void rule__Goal__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:864:1: ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) )
            int alt2=3;
            switch ( input.LA(1) ) {
            case 51:
                {
                alt2=1;
                }
                break;
            case 45:
                {
                alt2=2;
                }
                break;
            case 43:
                {
                alt2=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }

            switch (alt2) {
                case 1 :
                    // InternalItup.g:865:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    {
                    // InternalItup.g:865:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    // InternalItup.g:866:3: ( rule__Goal__TargetsAssignment_6_0 )
                    {
                     before(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 
                    // InternalItup.g:867:3: ( rule__Goal__TargetsAssignment_6_0 )
                    // InternalItup.g:867:4: rule__Goal__TargetsAssignment_6_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TargetsAssignment_6_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:871:2: ( ( rule__Goal__Group_6_1__0 ) )
                    {
                    // InternalItup.g:871:2: ( ( rule__Goal__Group_6_1__0 ) )
                    // InternalItup.g:872:3: ( rule__Goal__Group_6_1__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_1()); 
                    // InternalItup.g:873:3: ( rule__Goal__Group_6_1__0 )
                    // InternalItup.g:873:4: rule__Goal__Group_6_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:877:2: ( ( rule__Goal__Group_6_2__0 ) )
                    {
                    // InternalItup.g:877:2: ( ( rule__Goal__Group_6_2__0 ) )
                    // InternalItup.g:878:3: ( rule__Goal__Group_6_2__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_2()); 
                    // InternalItup.g:879:3: ( rule__Goal__Group_6_2__0 )
                    // InternalItup.g:879:4: rule__Goal__Group_6_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Alternatives_6"


    // $ANTLR start "rule__Target__Alternatives_3_1_1"
    // InternalItup.g:887:1: rule__Target__Alternatives_3_1_1 : ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) );
    public final void rule__Target__Alternatives_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:891:1: ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) )
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( ((LA3_0>=16 && LA3_0<=18)) ) {
                alt3=1;
            }
            else if ( (LA3_0==11) ) {
                alt3=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:892:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    {
                    // InternalItup.g:892:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    // InternalItup.g:893:3: ( rule__Target__Group_3_1_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 
                    // InternalItup.g:894:3: ( rule__Target__Group_3_1_1_0__0 )
                    // InternalItup.g:894:4: rule__Target__Group_3_1_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:898:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    {
                    // InternalItup.g:898:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    // InternalItup.g:899:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 
                    // InternalItup.g:900:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    // InternalItup.g:900:4: rule__Target__KindAssignment_3_1_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__KindAssignment_3_1_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Alternatives_3_1_1"


    // $ANTLR start "rule__Sector__Alternatives_5"
    // InternalItup.g:908:1: rule__Sector__Alternatives_5 : ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) );
    public final void rule__Sector__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:912:1: ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==57) ) {
                alt4=1;
            }
            else if ( (LA4_0==65) ) {
                alt4=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }
            switch (alt4) {
                case 1 :
                    // InternalItup.g:913:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    {
                    // InternalItup.g:913:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    // InternalItup.g:914:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    {
                     before(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 
                    // InternalItup.g:915:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    // InternalItup.g:915:4: rule__Sector__ObjectivesAssignment_5_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__ObjectivesAssignment_5_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:919:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    {
                    // InternalItup.g:919:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    // InternalItup.g:920:3: ( rule__Sector__EnablersAssignment_5_1 )
                    {
                     before(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 
                    // InternalItup.g:921:3: ( rule__Sector__EnablersAssignment_5_1 )
                    // InternalItup.g:921:4: rule__Sector__EnablersAssignment_5_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__EnablersAssignment_5_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5"
    // InternalItup.g:929:1: rule__Objective__Alternatives_5 : ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) );
    public final void rule__Objective__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:933:1: ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) )
            int alt5=5;
            switch ( input.LA(1) ) {
            case 58:
                {
                alt5=1;
                }
                break;
            case 59:
                {
                alt5=2;
                }
                break;
            case 43:
                {
                alt5=3;
                }
                break;
            case 60:
                {
                alt5=4;
                }
                break;
            case 61:
                {
                alt5=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }

            switch (alt5) {
                case 1 :
                    // InternalItup.g:934:2: ( ( rule__Objective__Group_5_0__0 ) )
                    {
                    // InternalItup.g:934:2: ( ( rule__Objective__Group_5_0__0 ) )
                    // InternalItup.g:935:3: ( rule__Objective__Group_5_0__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_0()); 
                    // InternalItup.g:936:3: ( rule__Objective__Group_5_0__0 )
                    // InternalItup.g:936:4: rule__Objective__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:940:2: ( ( rule__Objective__Group_5_1__0 ) )
                    {
                    // InternalItup.g:940:2: ( ( rule__Objective__Group_5_1__0 ) )
                    // InternalItup.g:941:3: ( rule__Objective__Group_5_1__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_1()); 
                    // InternalItup.g:942:3: ( rule__Objective__Group_5_1__0 )
                    // InternalItup.g:942:4: rule__Objective__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:946:2: ( ( rule__Objective__Group_5_2__0 ) )
                    {
                    // InternalItup.g:946:2: ( ( rule__Objective__Group_5_2__0 ) )
                    // InternalItup.g:947:3: ( rule__Objective__Group_5_2__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_2()); 
                    // InternalItup.g:948:3: ( rule__Objective__Group_5_2__0 )
                    // InternalItup.g:948:4: rule__Objective__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:952:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    {
                    // InternalItup.g:952:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    // InternalItup.g:953:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 
                    // InternalItup.g:954:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    // InternalItup.g:954:4: rule__Objective__OutcomesAssignment_5_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutcomesAssignment_5_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:958:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    {
                    // InternalItup.g:958:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    // InternalItup.g:959:3: ( rule__Objective__OutputsAssignment_5_4 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 
                    // InternalItup.g:960:3: ( rule__Objective__OutputsAssignment_5_4 )
                    // InternalItup.g:960:4: rule__Objective__OutputsAssignment_5_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutputsAssignment_5_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5_0_1"
    // InternalItup.g:968:1: rule__Objective__Alternatives_5_0_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:972:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==12) ) {
                alt6=1;
            }
            else if ( (LA6_0==13) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:973:2: ( 'goal' )
                    {
                    // InternalItup.g:973:2: ( 'goal' )
                    // InternalItup.g:974:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:979:2: ( 'goals' )
                    {
                    // InternalItup.g:979:2: ( 'goals' )
                    // InternalItup.g:980:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_0_1"


    // $ANTLR start "rule__Objective__Alternatives_5_1_1"
    // InternalItup.g:989:1: rule__Objective__Alternatives_5_1_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:993:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==12) ) {
                alt7=1;
            }
            else if ( (LA7_0==13) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalItup.g:994:2: ( 'goal' )
                    {
                    // InternalItup.g:994:2: ( 'goal' )
                    // InternalItup.g:995:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1000:2: ( 'goals' )
                    {
                    // InternalItup.g:1000:2: ( 'goals' )
                    // InternalItup.g:1001:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_1_1"


    // $ANTLR start "rule__Enabler__Alternatives_4_1"
    // InternalItup.g:1010:1: rule__Enabler__Alternatives_4_1 : ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) );
    public final void rule__Enabler__Alternatives_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1014:1: ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==76) ) {
                alt8=1;
            }
            else if ( ((LA8_0>=RULE_INT && LA8_0<=RULE_ID)) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:1015:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    {
                    // InternalItup.g:1015:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    // InternalItup.g:1016:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    {
                     before(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 
                    // InternalItup.g:1017:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    // InternalItup.g:1017:4: rule__Enabler__SupportsAllAssignment_4_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__SupportsAllAssignment_4_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1021:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    {
                    // InternalItup.g:1021:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    // InternalItup.g:1022:3: ( rule__Enabler__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 
                    // InternalItup.g:1023:3: ( rule__Enabler__Group_4_1_1__0 )
                    // InternalItup.g:1023:4: rule__Enabler__Group_4_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_4_1"


    // $ANTLR start "rule__Enabler__Alternatives_5"
    // InternalItup.g:1031:1: rule__Enabler__Alternatives_5 : ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) );
    public final void rule__Enabler__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1035:1: ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) )
            int alt9=3;
            switch ( input.LA(1) ) {
            case 67:
                {
                alt9=1;
                }
                break;
            case 68:
                {
                alt9=2;
                }
                break;
            case 69:
                {
                alt9=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }

            switch (alt9) {
                case 1 :
                    // InternalItup.g:1036:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1036:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    // InternalItup.g:1037:3: ( rule__Enabler__Group_5_0__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_0()); 
                    // InternalItup.g:1038:3: ( rule__Enabler__Group_5_0__0 )
                    // InternalItup.g:1038:4: rule__Enabler__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1042:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1042:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    // InternalItup.g:1043:3: ( rule__Enabler__Group_5_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_1()); 
                    // InternalItup.g:1044:3: ( rule__Enabler__Group_5_1__0 )
                    // InternalItup.g:1044:4: rule__Enabler__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1048:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1048:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    // InternalItup.g:1049:3: ( rule__Enabler__Group_5_2__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_2()); 
                    // InternalItup.g:1050:3: ( rule__Enabler__Group_5_2__0 )
                    // InternalItup.g:1050:4: rule__Enabler__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_5"


    // $ANTLR start "rule__Code__Alternatives_1_0"
    // InternalItup.g:1058:1: rule__Code__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__Code__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1062:1: ( ( '.' ) | ( '-' ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==14) ) {
                alt10=1;
            }
            else if ( (LA10_0==15) ) {
                alt10=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }
            switch (alt10) {
                case 1 :
                    // InternalItup.g:1063:2: ( '.' )
                    {
                    // InternalItup.g:1063:2: ( '.' )
                    // InternalItup.g:1064:3: '.'
                    {
                     before(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1069:2: ( '-' )
                    {
                    // InternalItup.g:1069:2: ( '-' )
                    // InternalItup.g:1070:3: '-'
                    {
                     before(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Alternatives_1_0"


    // $ANTLR start "rule__CodeSegment__Alternatives"
    // InternalItup.g:1079:1: rule__CodeSegment__Alternatives : ( ( RULE_ID ) | ( RULE_INT ) );
    public final void rule__CodeSegment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1083:1: ( ( RULE_ID ) | ( RULE_INT ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_ID) ) {
                alt11=1;
            }
            else if ( (LA11_0==RULE_INT) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:1084:2: ( RULE_ID )
                    {
                    // InternalItup.g:1084:2: ( RULE_ID )
                    // InternalItup.g:1085:3: RULE_ID
                    {
                     before(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1090:2: ( RULE_INT )
                    {
                    // InternalItup.g:1090:2: ( RULE_INT )
                    // InternalItup.g:1091:3: RULE_INT
                    {
                     before(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CodeSegment__Alternatives"


    // $ANTLR start "rule__PlanName__Alternatives_1_0"
    // InternalItup.g:1100:1: rule__PlanName__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__PlanName__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1104:1: ( ( '.' ) | ( '-' ) )
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==14) ) {
                alt12=1;
            }
            else if ( (LA12_0==15) ) {
                alt12=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }
            switch (alt12) {
                case 1 :
                    // InternalItup.g:1105:2: ( '.' )
                    {
                    // InternalItup.g:1105:2: ( '.' )
                    // InternalItup.g:1106:3: '.'
                    {
                     before(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1111:2: ( '-' )
                    {
                    // InternalItup.g:1111:2: ( '-' )
                    // InternalItup.g:1112:3: '-'
                    {
                     before(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Alternatives_1_0"


    // $ANTLR start "rule__MeasuredTargetKind__Alternatives"
    // InternalItup.g:1121:1: rule__MeasuredTargetKind__Alternatives : ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) );
    public final void rule__MeasuredTargetKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1125:1: ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) )
            int alt13=3;
            switch ( input.LA(1) ) {
            case 16:
                {
                alt13=1;
                }
                break;
            case 17:
                {
                alt13=2;
                }
                break;
            case 18:
                {
                alt13=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }

            switch (alt13) {
                case 1 :
                    // InternalItup.g:1126:2: ( ( 'level' ) )
                    {
                    // InternalItup.g:1126:2: ( ( 'level' ) )
                    // InternalItup.g:1127:3: ( 'level' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1128:3: ( 'level' )
                    // InternalItup.g:1128:4: 'level'
                    {
                    match(input,16,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1132:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1132:2: ( ( 'increase' ) )
                    // InternalItup.g:1133:3: ( 'increase' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1134:3: ( 'increase' )
                    // InternalItup.g:1134:4: 'increase'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1138:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1138:2: ( ( 'decrease' ) )
                    // InternalItup.g:1139:3: ( 'decrease' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1140:3: ( 'decrease' )
                    // InternalItup.g:1140:4: 'decrease'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MeasuredTargetKind__Alternatives"


    // $ANTLR start "rule__SectorKind__Alternatives"
    // InternalItup.g:1148:1: rule__SectorKind__Alternatives : ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) );
    public final void rule__SectorKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1152:1: ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) )
            int alt14=3;
            switch ( input.LA(1) ) {
            case 19:
                {
                alt14=1;
                }
                break;
            case 20:
                {
                alt14=2;
                }
                break;
            case 21:
                {
                alt14=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }

            switch (alt14) {
                case 1 :
                    // InternalItup.g:1153:2: ( ( 'sector' ) )
                    {
                    // InternalItup.g:1153:2: ( ( 'sector' ) )
                    // InternalItup.g:1154:3: ( 'sector' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 
                    // InternalItup.g:1155:3: ( 'sector' )
                    // InternalItup.g:1155:4: 'sector'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1159:2: ( ( 'inter-sectoral' ) )
                    {
                    // InternalItup.g:1159:2: ( ( 'inter-sectoral' ) )
                    // InternalItup.g:1160:3: ( 'inter-sectoral' )
                    {
                     before(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1161:3: ( 'inter-sectoral' )
                    // InternalItup.g:1161:4: 'inter-sectoral'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1165:2: ( ( 'secretariat' ) )
                    {
                    // InternalItup.g:1165:2: ( ( 'secretariat' ) )
                    // InternalItup.g:1166:3: ( 'secretariat' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1167:3: ( 'secretariat' )
                    // InternalItup.g:1167:4: 'secretariat'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SectorKind__Alternatives"


    // $ANTLR start "rule__IndicatorDirection__Alternatives"
    // InternalItup.g:1175:1: rule__IndicatorDirection__Alternatives : ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) );
    public final void rule__IndicatorDirection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1179:1: ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) )
            int alt15=3;
            switch ( input.LA(1) ) {
            case 17:
                {
                alt15=1;
                }
                break;
            case 18:
                {
                alt15=2;
                }
                break;
            case 22:
                {
                alt15=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }

            switch (alt15) {
                case 1 :
                    // InternalItup.g:1180:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1180:2: ( ( 'increase' ) )
                    // InternalItup.g:1181:3: ( 'increase' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1182:3: ( 'increase' )
                    // InternalItup.g:1182:4: 'increase'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1186:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1186:2: ( ( 'decrease' ) )
                    // InternalItup.g:1187:3: ( 'decrease' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1188:3: ( 'decrease' )
                    // InternalItup.g:1188:4: 'decrease'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1192:2: ( ( 'maintain' ) )
                    {
                    // InternalItup.g:1192:2: ( ( 'maintain' ) )
                    // InternalItup.g:1193:3: ( 'maintain' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1194:3: ( 'maintain' )
                    // InternalItup.g:1194:4: 'maintain'
                    {
                    match(input,22,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IndicatorDirection__Alternatives"


    // $ANTLR start "rule__RiskTreatment__Alternatives"
    // InternalItup.g:1202:1: rule__RiskTreatment__Alternatives : ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) );
    public final void rule__RiskTreatment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1206:1: ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) )
            int alt16=4;
            switch ( input.LA(1) ) {
            case 23:
                {
                alt16=1;
                }
                break;
            case 24:
                {
                alt16=2;
                }
                break;
            case 25:
                {
                alt16=3;
                }
                break;
            case 26:
                {
                alt16=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }

            switch (alt16) {
                case 1 :
                    // InternalItup.g:1207:2: ( ( 'avoidance' ) )
                    {
                    // InternalItup.g:1207:2: ( ( 'avoidance' ) )
                    // InternalItup.g:1208:3: ( 'avoidance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1209:3: ( 'avoidance' )
                    // InternalItup.g:1209:4: 'avoidance'
                    {
                    match(input,23,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1213:2: ( ( 'limitation' ) )
                    {
                    // InternalItup.g:1213:2: ( ( 'limitation' ) )
                    // InternalItup.g:1214:3: ( 'limitation' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1215:3: ( 'limitation' )
                    // InternalItup.g:1215:4: 'limitation'
                    {
                    match(input,24,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1219:2: ( ( 'transfer' ) )
                    {
                    // InternalItup.g:1219:2: ( ( 'transfer' ) )
                    // InternalItup.g:1220:3: ( 'transfer' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 
                    // InternalItup.g:1221:3: ( 'transfer' )
                    // InternalItup.g:1221:4: 'transfer'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1225:2: ( ( 'acceptance' ) )
                    {
                    // InternalItup.g:1225:2: ( ( 'acceptance' ) )
                    // InternalItup.g:1226:3: ( 'acceptance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1227:3: ( 'acceptance' )
                    // InternalItup.g:1227:4: 'acceptance'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RiskTreatment__Alternatives"


    // $ANTLR start "rule__SwotKind__Alternatives"
    // InternalItup.g:1235:1: rule__SwotKind__Alternatives : ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) );
    public final void rule__SwotKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1239:1: ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) )
            int alt17=4;
            switch ( input.LA(1) ) {
            case 27:
                {
                alt17=1;
                }
                break;
            case 28:
                {
                alt17=2;
                }
                break;
            case 29:
                {
                alt17=3;
                }
                break;
            case 30:
                {
                alt17=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }

            switch (alt17) {
                case 1 :
                    // InternalItup.g:1240:2: ( ( 'strength' ) )
                    {
                    // InternalItup.g:1240:2: ( ( 'strength' ) )
                    // InternalItup.g:1241:3: ( 'strength' )
                    {
                     before(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1242:3: ( 'strength' )
                    // InternalItup.g:1242:4: 'strength'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1246:2: ( ( 'weakness' ) )
                    {
                    // InternalItup.g:1246:2: ( ( 'weakness' ) )
                    // InternalItup.g:1247:3: ( 'weakness' )
                    {
                     before(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1248:3: ( 'weakness' )
                    // InternalItup.g:1248:4: 'weakness'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1252:2: ( ( 'opportunity' ) )
                    {
                    // InternalItup.g:1252:2: ( ( 'opportunity' ) )
                    // InternalItup.g:1253:3: ( 'opportunity' )
                    {
                     before(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1254:3: ( 'opportunity' )
                    // InternalItup.g:1254:4: 'opportunity'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1258:2: ( ( 'threat' ) )
                    {
                    // InternalItup.g:1258:2: ( ( 'threat' ) )
                    // InternalItup.g:1259:3: ( 'threat' )
                    {
                     before(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1260:3: ( 'threat' )
                    // InternalItup.g:1260:4: 'threat'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotKind__Alternatives"


    // $ANTLR start "rule__Plan__Group__0"
    // InternalItup.g:1268:1: rule__Plan__Group__0 : rule__Plan__Group__0__Impl rule__Plan__Group__1 ;
    public final void rule__Plan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1272:1: ( rule__Plan__Group__0__Impl rule__Plan__Group__1 )
            // InternalItup.g:1273:2: rule__Plan__Group__0__Impl rule__Plan__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Plan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0"


    // $ANTLR start "rule__Plan__Group__0__Impl"
    // InternalItup.g:1280:1: rule__Plan__Group__0__Impl : ( 'plan' ) ;
    public final void rule__Plan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1284:1: ( ( 'plan' ) )
            // InternalItup.g:1285:1: ( 'plan' )
            {
            // InternalItup.g:1285:1: ( 'plan' )
            // InternalItup.g:1286:2: 'plan'
            {
             before(grammarAccess.getPlanAccess().getPlanKeyword_0()); 
            match(input,31,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPlanKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0__Impl"


    // $ANTLR start "rule__Plan__Group__1"
    // InternalItup.g:1295:1: rule__Plan__Group__1 : rule__Plan__Group__1__Impl rule__Plan__Group__2 ;
    public final void rule__Plan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1299:1: ( rule__Plan__Group__1__Impl rule__Plan__Group__2 )
            // InternalItup.g:1300:2: rule__Plan__Group__1__Impl rule__Plan__Group__2
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1"


    // $ANTLR start "rule__Plan__Group__1__Impl"
    // InternalItup.g:1307:1: rule__Plan__Group__1__Impl : ( ( rule__Plan__NameAssignment_1 ) ) ;
    public final void rule__Plan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1311:1: ( ( ( rule__Plan__NameAssignment_1 ) ) )
            // InternalItup.g:1312:1: ( ( rule__Plan__NameAssignment_1 ) )
            {
            // InternalItup.g:1312:1: ( ( rule__Plan__NameAssignment_1 ) )
            // InternalItup.g:1313:2: ( rule__Plan__NameAssignment_1 )
            {
             before(grammarAccess.getPlanAccess().getNameAssignment_1()); 
            // InternalItup.g:1314:2: ( rule__Plan__NameAssignment_1 )
            // InternalItup.g:1314:3: rule__Plan__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1__Impl"


    // $ANTLR start "rule__Plan__Group__2"
    // InternalItup.g:1322:1: rule__Plan__Group__2 : rule__Plan__Group__2__Impl rule__Plan__Group__3 ;
    public final void rule__Plan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1326:1: ( rule__Plan__Group__2__Impl rule__Plan__Group__3 )
            // InternalItup.g:1327:2: rule__Plan__Group__2__Impl rule__Plan__Group__3
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2"


    // $ANTLR start "rule__Plan__Group__2__Impl"
    // InternalItup.g:1334:1: rule__Plan__Group__2__Impl : ( ( rule__Plan__TitleAssignment_2 )? ) ;
    public final void rule__Plan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1338:1: ( ( ( rule__Plan__TitleAssignment_2 )? ) )
            // InternalItup.g:1339:1: ( ( rule__Plan__TitleAssignment_2 )? )
            {
            // InternalItup.g:1339:1: ( ( rule__Plan__TitleAssignment_2 )? )
            // InternalItup.g:1340:2: ( rule__Plan__TitleAssignment_2 )?
            {
             before(grammarAccess.getPlanAccess().getTitleAssignment_2()); 
            // InternalItup.g:1341:2: ( rule__Plan__TitleAssignment_2 )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==RULE_STRING) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalItup.g:1341:3: rule__Plan__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2__Impl"


    // $ANTLR start "rule__Plan__Group__3"
    // InternalItup.g:1349:1: rule__Plan__Group__3 : rule__Plan__Group__3__Impl rule__Plan__Group__4 ;
    public final void rule__Plan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1353:1: ( rule__Plan__Group__3__Impl rule__Plan__Group__4 )
            // InternalItup.g:1354:2: rule__Plan__Group__3__Impl rule__Plan__Group__4
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3"


    // $ANTLR start "rule__Plan__Group__3__Impl"
    // InternalItup.g:1361:1: rule__Plan__Group__3__Impl : ( ( rule__Plan__Group_3__0 )? ) ;
    public final void rule__Plan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1365:1: ( ( ( rule__Plan__Group_3__0 )? ) )
            // InternalItup.g:1366:1: ( ( rule__Plan__Group_3__0 )? )
            {
            // InternalItup.g:1366:1: ( ( rule__Plan__Group_3__0 )? )
            // InternalItup.g:1367:2: ( rule__Plan__Group_3__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_3()); 
            // InternalItup.g:1368:2: ( rule__Plan__Group_3__0 )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==32) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalItup.g:1368:3: rule__Plan__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3__Impl"


    // $ANTLR start "rule__Plan__Group__4"
    // InternalItup.g:1376:1: rule__Plan__Group__4 : rule__Plan__Group__4__Impl rule__Plan__Group__5 ;
    public final void rule__Plan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1380:1: ( rule__Plan__Group__4__Impl rule__Plan__Group__5 )
            // InternalItup.g:1381:2: rule__Plan__Group__4__Impl rule__Plan__Group__5
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4"


    // $ANTLR start "rule__Plan__Group__4__Impl"
    // InternalItup.g:1388:1: rule__Plan__Group__4__Impl : ( ( rule__Plan__Group_4__0 )? ) ;
    public final void rule__Plan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1392:1: ( ( ( rule__Plan__Group_4__0 )? ) )
            // InternalItup.g:1393:1: ( ( rule__Plan__Group_4__0 )? )
            {
            // InternalItup.g:1393:1: ( ( rule__Plan__Group_4__0 )? )
            // InternalItup.g:1394:2: ( rule__Plan__Group_4__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_4()); 
            // InternalItup.g:1395:2: ( rule__Plan__Group_4__0 )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==34) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalItup.g:1395:3: rule__Plan__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4__Impl"


    // $ANTLR start "rule__Plan__Group__5"
    // InternalItup.g:1403:1: rule__Plan__Group__5 : rule__Plan__Group__5__Impl rule__Plan__Group__6 ;
    public final void rule__Plan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1407:1: ( rule__Plan__Group__5__Impl rule__Plan__Group__6 )
            // InternalItup.g:1408:2: rule__Plan__Group__5__Impl rule__Plan__Group__6
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5"


    // $ANTLR start "rule__Plan__Group__5__Impl"
    // InternalItup.g:1415:1: rule__Plan__Group__5__Impl : ( ( rule__Plan__ImportsAssignment_5 )* ) ;
    public final void rule__Plan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1419:1: ( ( ( rule__Plan__ImportsAssignment_5 )* ) )
            // InternalItup.g:1420:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            {
            // InternalItup.g:1420:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            // InternalItup.g:1421:2: ( rule__Plan__ImportsAssignment_5 )*
            {
             before(grammarAccess.getPlanAccess().getImportsAssignment_5()); 
            // InternalItup.g:1422:2: ( rule__Plan__ImportsAssignment_5 )*
            loop21:
            do {
                int alt21=2;
                int LA21_0 = input.LA(1);

                if ( (LA21_0==47) ) {
                    alt21=1;
                }


                switch (alt21) {
            	case 1 :
            	    // InternalItup.g:1422:3: rule__Plan__ImportsAssignment_5
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__Plan__ImportsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop21;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getImportsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5__Impl"


    // $ANTLR start "rule__Plan__Group__6"
    // InternalItup.g:1430:1: rule__Plan__Group__6 : rule__Plan__Group__6__Impl rule__Plan__Group__7 ;
    public final void rule__Plan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1434:1: ( rule__Plan__Group__6__Impl rule__Plan__Group__7 )
            // InternalItup.g:1435:2: rule__Plan__Group__6__Impl rule__Plan__Group__7
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6"


    // $ANTLR start "rule__Plan__Group__6__Impl"
    // InternalItup.g:1442:1: rule__Plan__Group__6__Impl : ( ( rule__Plan__Group_6__0 )? ) ;
    public final void rule__Plan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1446:1: ( ( ( rule__Plan__Group_6__0 )? ) )
            // InternalItup.g:1447:1: ( ( rule__Plan__Group_6__0 )? )
            {
            // InternalItup.g:1447:1: ( ( rule__Plan__Group_6__0 )? )
            // InternalItup.g:1448:2: ( rule__Plan__Group_6__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_6()); 
            // InternalItup.g:1449:2: ( rule__Plan__Group_6__0 )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==36) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalItup.g:1449:3: rule__Plan__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6__Impl"


    // $ANTLR start "rule__Plan__Group__7"
    // InternalItup.g:1457:1: rule__Plan__Group__7 : rule__Plan__Group__7__Impl rule__Plan__Group__8 ;
    public final void rule__Plan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1461:1: ( rule__Plan__Group__7__Impl rule__Plan__Group__8 )
            // InternalItup.g:1462:2: rule__Plan__Group__7__Impl rule__Plan__Group__8
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7"


    // $ANTLR start "rule__Plan__Group__7__Impl"
    // InternalItup.g:1469:1: rule__Plan__Group__7__Impl : ( ( rule__Plan__Group_7__0 )? ) ;
    public final void rule__Plan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1473:1: ( ( ( rule__Plan__Group_7__0 )? ) )
            // InternalItup.g:1474:1: ( ( rule__Plan__Group_7__0 )? )
            {
            // InternalItup.g:1474:1: ( ( rule__Plan__Group_7__0 )? )
            // InternalItup.g:1475:2: ( rule__Plan__Group_7__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_7()); 
            // InternalItup.g:1476:2: ( rule__Plan__Group_7__0 )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==37) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalItup.g:1476:3: rule__Plan__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7__Impl"


    // $ANTLR start "rule__Plan__Group__8"
    // InternalItup.g:1484:1: rule__Plan__Group__8 : rule__Plan__Group__8__Impl rule__Plan__Group__9 ;
    public final void rule__Plan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1488:1: ( rule__Plan__Group__8__Impl rule__Plan__Group__9 )
            // InternalItup.g:1489:2: rule__Plan__Group__8__Impl rule__Plan__Group__9
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8"


    // $ANTLR start "rule__Plan__Group__8__Impl"
    // InternalItup.g:1496:1: rule__Plan__Group__8__Impl : ( ( rule__Plan__Group_8__0 )? ) ;
    public final void rule__Plan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1500:1: ( ( ( rule__Plan__Group_8__0 )? ) )
            // InternalItup.g:1501:1: ( ( rule__Plan__Group_8__0 )? )
            {
            // InternalItup.g:1501:1: ( ( rule__Plan__Group_8__0 )? )
            // InternalItup.g:1502:2: ( rule__Plan__Group_8__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_8()); 
            // InternalItup.g:1503:2: ( rule__Plan__Group_8__0 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==38) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalItup.g:1503:3: rule__Plan__Group_8__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_8__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8__Impl"


    // $ANTLR start "rule__Plan__Group__9"
    // InternalItup.g:1511:1: rule__Plan__Group__9 : rule__Plan__Group__9__Impl ;
    public final void rule__Plan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1515:1: ( rule__Plan__Group__9__Impl )
            // InternalItup.g:1516:2: rule__Plan__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9"


    // $ANTLR start "rule__Plan__Group__9__Impl"
    // InternalItup.g:1522:1: rule__Plan__Group__9__Impl : ( ( rule__Plan__Alternatives_9 )* ) ;
    public final void rule__Plan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1526:1: ( ( ( rule__Plan__Alternatives_9 )* ) )
            // InternalItup.g:1527:1: ( ( rule__Plan__Alternatives_9 )* )
            {
            // InternalItup.g:1527:1: ( ( rule__Plan__Alternatives_9 )* )
            // InternalItup.g:1528:2: ( rule__Plan__Alternatives_9 )*
            {
             before(grammarAccess.getPlanAccess().getAlternatives_9()); 
            // InternalItup.g:1529:2: ( rule__Plan__Alternatives_9 )*
            loop25:
            do {
                int alt25=2;
                int LA25_0 = input.LA(1);

                if ( (LA25_0==12||(LA25_0>=19 && LA25_0<=21)||LA25_0==40||LA25_0==43||LA25_0==45||LA25_0==48||LA25_0==70||(LA25_0>=73 && LA25_0<=74)) ) {
                    alt25=1;
                }


                switch (alt25) {
            	case 1 :
            	    // InternalItup.g:1529:3: rule__Plan__Alternatives_9
            	    {
            	    pushFollow(FOLLOW_6);
            	    rule__Plan__Alternatives_9();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop25;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getAlternatives_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9__Impl"


    // $ANTLR start "rule__Plan__Group_3__0"
    // InternalItup.g:1538:1: rule__Plan__Group_3__0 : rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 ;
    public final void rule__Plan__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1542:1: ( rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 )
            // InternalItup.g:1543:2: rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0"


    // $ANTLR start "rule__Plan__Group_3__0__Impl"
    // InternalItup.g:1550:1: rule__Plan__Group_3__0__Impl : ( 'period' ) ;
    public final void rule__Plan__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1554:1: ( ( 'period' ) )
            // InternalItup.g:1555:1: ( 'period' )
            {
            // InternalItup.g:1555:1: ( 'period' )
            // InternalItup.g:1556:2: 'period'
            {
             before(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_3__1"
    // InternalItup.g:1565:1: rule__Plan__Group_3__1 : rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 ;
    public final void rule__Plan__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1569:1: ( rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 )
            // InternalItup.g:1570:2: rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2
            {
            pushFollow(FOLLOW_8);
            rule__Plan__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1"


    // $ANTLR start "rule__Plan__Group_3__1__Impl"
    // InternalItup.g:1577:1: rule__Plan__Group_3__1__Impl : ( ( rule__Plan__StartYearAssignment_3_1 ) ) ;
    public final void rule__Plan__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1581:1: ( ( ( rule__Plan__StartYearAssignment_3_1 ) ) )
            // InternalItup.g:1582:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            {
            // InternalItup.g:1582:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            // InternalItup.g:1583:2: ( rule__Plan__StartYearAssignment_3_1 )
            {
             before(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 
            // InternalItup.g:1584:2: ( rule__Plan__StartYearAssignment_3_1 )
            // InternalItup.g:1584:3: rule__Plan__StartYearAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__StartYearAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_3__2"
    // InternalItup.g:1592:1: rule__Plan__Group_3__2 : rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 ;
    public final void rule__Plan__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1596:1: ( rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 )
            // InternalItup.g:1597:2: rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2"


    // $ANTLR start "rule__Plan__Group_3__2__Impl"
    // InternalItup.g:1604:1: rule__Plan__Group_3__2__Impl : ( 'to' ) ;
    public final void rule__Plan__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1608:1: ( ( 'to' ) )
            // InternalItup.g:1609:1: ( 'to' )
            {
            // InternalItup.g:1609:1: ( 'to' )
            // InternalItup.g:1610:2: 'to'
            {
             before(grammarAccess.getPlanAccess().getToKeyword_3_2()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getToKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2__Impl"


    // $ANTLR start "rule__Plan__Group_3__3"
    // InternalItup.g:1619:1: rule__Plan__Group_3__3 : rule__Plan__Group_3__3__Impl ;
    public final void rule__Plan__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1623:1: ( rule__Plan__Group_3__3__Impl )
            // InternalItup.g:1624:2: rule__Plan__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3"


    // $ANTLR start "rule__Plan__Group_3__3__Impl"
    // InternalItup.g:1630:1: rule__Plan__Group_3__3__Impl : ( ( rule__Plan__EndYearAssignment_3_3 ) ) ;
    public final void rule__Plan__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1634:1: ( ( ( rule__Plan__EndYearAssignment_3_3 ) ) )
            // InternalItup.g:1635:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            {
            // InternalItup.g:1635:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            // InternalItup.g:1636:2: ( rule__Plan__EndYearAssignment_3_3 )
            {
             before(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 
            // InternalItup.g:1637:2: ( rule__Plan__EndYearAssignment_3_3 )
            // InternalItup.g:1637:3: rule__Plan__EndYearAssignment_3_3
            {
            pushFollow(FOLLOW_2);
            rule__Plan__EndYearAssignment_3_3();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3__Impl"


    // $ANTLR start "rule__Plan__Group_4__0"
    // InternalItup.g:1646:1: rule__Plan__Group_4__0 : rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 ;
    public final void rule__Plan__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1650:1: ( rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 )
            // InternalItup.g:1651:2: rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1
            {
            pushFollow(FOLLOW_9);
            rule__Plan__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0"


    // $ANTLR start "rule__Plan__Group_4__0__Impl"
    // InternalItup.g:1658:1: rule__Plan__Group_4__0__Impl : ( 'adopted' ) ;
    public final void rule__Plan__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1662:1: ( ( 'adopted' ) )
            // InternalItup.g:1663:1: ( 'adopted' )
            {
            // InternalItup.g:1663:1: ( 'adopted' )
            // InternalItup.g:1664:2: 'adopted'
            {
             before(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_4__1"
    // InternalItup.g:1673:1: rule__Plan__Group_4__1 : rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 ;
    public final void rule__Plan__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1677:1: ( rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 )
            // InternalItup.g:1678:2: rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1"


    // $ANTLR start "rule__Plan__Group_4__1__Impl"
    // InternalItup.g:1685:1: rule__Plan__Group_4__1__Impl : ( 'by' ) ;
    public final void rule__Plan__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1689:1: ( ( 'by' ) )
            // InternalItup.g:1690:1: ( 'by' )
            {
            // InternalItup.g:1690:1: ( 'by' )
            // InternalItup.g:1691:2: 'by'
            {
             before(grammarAccess.getPlanAccess().getByKeyword_4_1()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getByKeyword_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_4__2"
    // InternalItup.g:1700:1: rule__Plan__Group_4__2 : rule__Plan__Group_4__2__Impl ;
    public final void rule__Plan__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1704:1: ( rule__Plan__Group_4__2__Impl )
            // InternalItup.g:1705:2: rule__Plan__Group_4__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2"


    // $ANTLR start "rule__Plan__Group_4__2__Impl"
    // InternalItup.g:1711:1: rule__Plan__Group_4__2__Impl : ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) ;
    public final void rule__Plan__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1715:1: ( ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) )
            // InternalItup.g:1716:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            {
            // InternalItup.g:1716:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            // InternalItup.g:1717:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            {
             before(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 
            // InternalItup.g:1718:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            // InternalItup.g:1718:3: rule__Plan__AdoptedByAssignment_4_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__AdoptedByAssignment_4_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_6__0"
    // InternalItup.g:1727:1: rule__Plan__Group_6__0 : rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 ;
    public final void rule__Plan__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1731:1: ( rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 )
            // InternalItup.g:1732:2: rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0"


    // $ANTLR start "rule__Plan__Group_6__0__Impl"
    // InternalItup.g:1739:1: rule__Plan__Group_6__0__Impl : ( 'vision' ) ;
    public final void rule__Plan__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1743:1: ( ( 'vision' ) )
            // InternalItup.g:1744:1: ( 'vision' )
            {
            // InternalItup.g:1744:1: ( 'vision' )
            // InternalItup.g:1745:2: 'vision'
            {
             before(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_6__1"
    // InternalItup.g:1754:1: rule__Plan__Group_6__1 : rule__Plan__Group_6__1__Impl ;
    public final void rule__Plan__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1758:1: ( rule__Plan__Group_6__1__Impl )
            // InternalItup.g:1759:2: rule__Plan__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1"


    // $ANTLR start "rule__Plan__Group_6__1__Impl"
    // InternalItup.g:1765:1: rule__Plan__Group_6__1__Impl : ( ( rule__Plan__VisionAssignment_6_1 ) ) ;
    public final void rule__Plan__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1769:1: ( ( ( rule__Plan__VisionAssignment_6_1 ) ) )
            // InternalItup.g:1770:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            {
            // InternalItup.g:1770:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            // InternalItup.g:1771:2: ( rule__Plan__VisionAssignment_6_1 )
            {
             before(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 
            // InternalItup.g:1772:2: ( rule__Plan__VisionAssignment_6_1 )
            // InternalItup.g:1772:3: rule__Plan__VisionAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__VisionAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_7__0"
    // InternalItup.g:1781:1: rule__Plan__Group_7__0 : rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 ;
    public final void rule__Plan__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1785:1: ( rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 )
            // InternalItup.g:1786:2: rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0"


    // $ANTLR start "rule__Plan__Group_7__0__Impl"
    // InternalItup.g:1793:1: rule__Plan__Group_7__0__Impl : ( 'mission' ) ;
    public final void rule__Plan__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1797:1: ( ( 'mission' ) )
            // InternalItup.g:1798:1: ( 'mission' )
            {
            // InternalItup.g:1798:1: ( 'mission' )
            // InternalItup.g:1799:2: 'mission'
            {
             before(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0__Impl"


    // $ANTLR start "rule__Plan__Group_7__1"
    // InternalItup.g:1808:1: rule__Plan__Group_7__1 : rule__Plan__Group_7__1__Impl ;
    public final void rule__Plan__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1812:1: ( rule__Plan__Group_7__1__Impl )
            // InternalItup.g:1813:2: rule__Plan__Group_7__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1"


    // $ANTLR start "rule__Plan__Group_7__1__Impl"
    // InternalItup.g:1819:1: rule__Plan__Group_7__1__Impl : ( ( rule__Plan__MissionAssignment_7_1 ) ) ;
    public final void rule__Plan__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1823:1: ( ( ( rule__Plan__MissionAssignment_7_1 ) ) )
            // InternalItup.g:1824:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            {
            // InternalItup.g:1824:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            // InternalItup.g:1825:2: ( rule__Plan__MissionAssignment_7_1 )
            {
             before(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 
            // InternalItup.g:1826:2: ( rule__Plan__MissionAssignment_7_1 )
            // InternalItup.g:1826:3: rule__Plan__MissionAssignment_7_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__MissionAssignment_7_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__0"
    // InternalItup.g:1835:1: rule__Plan__Group_8__0 : rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 ;
    public final void rule__Plan__Group_8__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1839:1: ( rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 )
            // InternalItup.g:1840:2: rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0"


    // $ANTLR start "rule__Plan__Group_8__0__Impl"
    // InternalItup.g:1847:1: rule__Plan__Group_8__0__Impl : ( 'sectors' ) ;
    public final void rule__Plan__Group_8__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1851:1: ( ( 'sectors' ) )
            // InternalItup.g:1852:1: ( 'sectors' )
            {
            // InternalItup.g:1852:1: ( 'sectors' )
            // InternalItup.g:1853:2: 'sectors'
            {
             before(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 
            match(input,38,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0__Impl"


    // $ANTLR start "rule__Plan__Group_8__1"
    // InternalItup.g:1862:1: rule__Plan__Group_8__1 : rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 ;
    public final void rule__Plan__Group_8__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1866:1: ( rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 )
            // InternalItup.g:1867:2: rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_8__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1"


    // $ANTLR start "rule__Plan__Group_8__1__Impl"
    // InternalItup.g:1874:1: rule__Plan__Group_8__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) ;
    public final void rule__Plan__Group_8__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1878:1: ( ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) )
            // InternalItup.g:1879:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            {
            // InternalItup.g:1879:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            // InternalItup.g:1880:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 
            // InternalItup.g:1881:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            // InternalItup.g:1881:3: rule__Plan__SectorOrderAssignment_8_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__2"
    // InternalItup.g:1889:1: rule__Plan__Group_8__2 : rule__Plan__Group_8__2__Impl ;
    public final void rule__Plan__Group_8__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1893:1: ( rule__Plan__Group_8__2__Impl )
            // InternalItup.g:1894:2: rule__Plan__Group_8__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2"


    // $ANTLR start "rule__Plan__Group_8__2__Impl"
    // InternalItup.g:1900:1: rule__Plan__Group_8__2__Impl : ( ( rule__Plan__Group_8_2__0 )* ) ;
    public final void rule__Plan__Group_8__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1904:1: ( ( ( rule__Plan__Group_8_2__0 )* ) )
            // InternalItup.g:1905:1: ( ( rule__Plan__Group_8_2__0 )* )
            {
            // InternalItup.g:1905:1: ( ( rule__Plan__Group_8_2__0 )* )
            // InternalItup.g:1906:2: ( rule__Plan__Group_8_2__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_8_2()); 
            // InternalItup.g:1907:2: ( rule__Plan__Group_8_2__0 )*
            loop26:
            do {
                int alt26=2;
                int LA26_0 = input.LA(1);

                if ( (LA26_0==39) ) {
                    alt26=1;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1907:3: rule__Plan__Group_8_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_8_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_8_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__0"
    // InternalItup.g:1916:1: rule__Plan__Group_8_2__0 : rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 ;
    public final void rule__Plan__Group_8_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1920:1: ( rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 )
            // InternalItup.g:1921:2: rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0"


    // $ANTLR start "rule__Plan__Group_8_2__0__Impl"
    // InternalItup.g:1928:1: rule__Plan__Group_8_2__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_8_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1932:1: ( ( ',' ) )
            // InternalItup.g:1933:1: ( ',' )
            {
            // InternalItup.g:1933:1: ( ',' )
            // InternalItup.g:1934:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__1"
    // InternalItup.g:1943:1: rule__Plan__Group_8_2__1 : rule__Plan__Group_8_2__1__Impl ;
    public final void rule__Plan__Group_8_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1947:1: ( rule__Plan__Group_8_2__1__Impl )
            // InternalItup.g:1948:2: rule__Plan__Group_8_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1"


    // $ANTLR start "rule__Plan__Group_8_2__1__Impl"
    // InternalItup.g:1954:1: rule__Plan__Group_8_2__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) ;
    public final void rule__Plan__Group_8_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1958:1: ( ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) )
            // InternalItup.g:1959:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            {
            // InternalItup.g:1959:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            // InternalItup.g:1960:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 
            // InternalItup.g:1961:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            // InternalItup.g:1961:3: rule__Plan__SectorOrderAssignment_8_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__0"
    // InternalItup.g:1970:1: rule__Plan__Group_9_4__0 : rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 ;
    public final void rule__Plan__Group_9_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1974:1: ( rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 )
            // InternalItup.g:1975:2: rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1
            {
            pushFollow(FOLLOW_14);
            rule__Plan__Group_9_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0"


    // $ANTLR start "rule__Plan__Group_9_4__0__Impl"
    // InternalItup.g:1982:1: rule__Plan__Group_9_4__0__Impl : ( 'swot' ) ;
    public final void rule__Plan__Group_9_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1986:1: ( ( 'swot' ) )
            // InternalItup.g:1987:1: ( 'swot' )
            {
            // InternalItup.g:1987:1: ( 'swot' )
            // InternalItup.g:1988:2: 'swot'
            {
             before(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 
            match(input,40,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__1"
    // InternalItup.g:1997:1: rule__Plan__Group_9_4__1 : rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 ;
    public final void rule__Plan__Group_9_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2001:1: ( rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 )
            // InternalItup.g:2002:2: rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1"


    // $ANTLR start "rule__Plan__Group_9_4__1__Impl"
    // InternalItup.g:2009:1: rule__Plan__Group_9_4__1__Impl : ( '{' ) ;
    public final void rule__Plan__Group_9_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2013:1: ( ( '{' ) )
            // InternalItup.g:2014:1: ( '{' )
            {
            // InternalItup.g:2014:1: ( '{' )
            // InternalItup.g:2015:2: '{'
            {
             before(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__2"
    // InternalItup.g:2024:1: rule__Plan__Group_9_4__2 : rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 ;
    public final void rule__Plan__Group_9_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2028:1: ( rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 )
            // InternalItup.g:2029:2: rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2"


    // $ANTLR start "rule__Plan__Group_9_4__2__Impl"
    // InternalItup.g:2036:1: rule__Plan__Group_9_4__2__Impl : ( ( rule__Plan__SwotAssignment_9_4_2 )* ) ;
    public final void rule__Plan__Group_9_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2040:1: ( ( ( rule__Plan__SwotAssignment_9_4_2 )* ) )
            // InternalItup.g:2041:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            {
            // InternalItup.g:2041:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            // InternalItup.g:2042:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            {
             before(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 
            // InternalItup.g:2043:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( ((LA27_0>=27 && LA27_0<=30)) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalItup.g:2043:3: rule__Plan__SwotAssignment_9_4_2
            	    {
            	    pushFollow(FOLLOW_16);
            	    rule__Plan__SwotAssignment_9_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__3"
    // InternalItup.g:2051:1: rule__Plan__Group_9_4__3 : rule__Plan__Group_9_4__3__Impl ;
    public final void rule__Plan__Group_9_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2055:1: ( rule__Plan__Group_9_4__3__Impl )
            // InternalItup.g:2056:2: rule__Plan__Group_9_4__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3"


    // $ANTLR start "rule__Plan__Group_9_4__3__Impl"
    // InternalItup.g:2062:1: rule__Plan__Group_9_4__3__Impl : ( '}' ) ;
    public final void rule__Plan__Group_9_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2066:1: ( ( '}' ) )
            // InternalItup.g:2067:1: ( '}' )
            {
            // InternalItup.g:2067:1: ( '}' )
            // InternalItup.g:2068:2: '}'
            {
             before(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__0"
    // InternalItup.g:2078:1: rule__Plan__Group_9_5__0 : rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 ;
    public final void rule__Plan__Group_9_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2082:1: ( rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 )
            // InternalItup.g:2083:2: rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1
            {
            pushFollow(FOLLOW_17);
            rule__Plan__Group_9_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0"


    // $ANTLR start "rule__Plan__Group_9_5__0__Impl"
    // InternalItup.g:2090:1: rule__Plan__Group_9_5__0__Impl : ( 'wsis' ) ;
    public final void rule__Plan__Group_9_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2094:1: ( ( 'wsis' ) )
            // InternalItup.g:2095:1: ( 'wsis' )
            {
            // InternalItup.g:2095:1: ( 'wsis' )
            // InternalItup.g:2096:2: 'wsis'
            {
             before(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__1"
    // InternalItup.g:2105:1: rule__Plan__Group_9_5__1 : rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 ;
    public final void rule__Plan__Group_9_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2109:1: ( rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 )
            // InternalItup.g:2110:2: rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1"


    // $ANTLR start "rule__Plan__Group_9_5__1__Impl"
    // InternalItup.g:2117:1: rule__Plan__Group_9_5__1__Impl : ( 'facilitator' ) ;
    public final void rule__Plan__Group_9_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2121:1: ( ( 'facilitator' ) )
            // InternalItup.g:2122:1: ( 'facilitator' )
            {
            // InternalItup.g:2122:1: ( 'facilitator' )
            // InternalItup.g:2123:2: 'facilitator'
            {
             before(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__2"
    // InternalItup.g:2132:1: rule__Plan__Group_9_5__2 : rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 ;
    public final void rule__Plan__Group_9_5__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2136:1: ( rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 )
            // InternalItup.g:2137:2: rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_5__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2"


    // $ANTLR start "rule__Plan__Group_9_5__2__Impl"
    // InternalItup.g:2144:1: rule__Plan__Group_9_5__2__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) ;
    public final void rule__Plan__Group_9_5__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2148:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) )
            // InternalItup.g:2149:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            {
            // InternalItup.g:2149:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            // InternalItup.g:2150:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 
            // InternalItup.g:2151:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            // InternalItup.g:2151:3: rule__Plan__WsisActionLinesAssignment_9_5_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__3"
    // InternalItup.g:2159:1: rule__Plan__Group_9_5__3 : rule__Plan__Group_9_5__3__Impl ;
    public final void rule__Plan__Group_9_5__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2163:1: ( rule__Plan__Group_9_5__3__Impl )
            // InternalItup.g:2164:2: rule__Plan__Group_9_5__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3"


    // $ANTLR start "rule__Plan__Group_9_5__3__Impl"
    // InternalItup.g:2170:1: rule__Plan__Group_9_5__3__Impl : ( ( rule__Plan__Group_9_5_3__0 )* ) ;
    public final void rule__Plan__Group_9_5__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2174:1: ( ( ( rule__Plan__Group_9_5_3__0 )* ) )
            // InternalItup.g:2175:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            {
            // InternalItup.g:2175:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            // InternalItup.g:2176:2: ( rule__Plan__Group_9_5_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_5_3()); 
            // InternalItup.g:2177:2: ( rule__Plan__Group_9_5_3__0 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==39) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalItup.g:2177:3: rule__Plan__Group_9_5_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_5_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop28;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_5_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__0"
    // InternalItup.g:2186:1: rule__Plan__Group_9_5_3__0 : rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 ;
    public final void rule__Plan__Group_9_5_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2190:1: ( rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 )
            // InternalItup.g:2191:2: rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0"


    // $ANTLR start "rule__Plan__Group_9_5_3__0__Impl"
    // InternalItup.g:2198:1: rule__Plan__Group_9_5_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_5_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2202:1: ( ( ',' ) )
            // InternalItup.g:2203:1: ( ',' )
            {
            // InternalItup.g:2203:1: ( ',' )
            // InternalItup.g:2204:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__1"
    // InternalItup.g:2213:1: rule__Plan__Group_9_5_3__1 : rule__Plan__Group_9_5_3__1__Impl ;
    public final void rule__Plan__Group_9_5_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2217:1: ( rule__Plan__Group_9_5_3__1__Impl )
            // InternalItup.g:2218:2: rule__Plan__Group_9_5_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1"


    // $ANTLR start "rule__Plan__Group_9_5_3__1__Impl"
    // InternalItup.g:2224:1: rule__Plan__Group_9_5_3__1__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) ;
    public final void rule__Plan__Group_9_5_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2228:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) )
            // InternalItup.g:2229:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            {
            // InternalItup.g:2229:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            // InternalItup.g:2230:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 
            // InternalItup.g:2231:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            // InternalItup.g:2231:3: rule__Plan__WsisActionLinesAssignment_9_5_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__0"
    // InternalItup.g:2240:1: rule__Plan__Group_9_6__0 : rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 ;
    public final void rule__Plan__Group_9_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2244:1: ( rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 )
            // InternalItup.g:2245:2: rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1
            {
            pushFollow(FOLLOW_18);
            rule__Plan__Group_9_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0"


    // $ANTLR start "rule__Plan__Group_9_6__0__Impl"
    // InternalItup.g:2252:1: rule__Plan__Group_9_6__0__Impl : ( 'sdg' ) ;
    public final void rule__Plan__Group_9_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2256:1: ( ( 'sdg' ) )
            // InternalItup.g:2257:1: ( 'sdg' )
            {
            // InternalItup.g:2257:1: ( 'sdg' )
            // InternalItup.g:2258:2: 'sdg'
            {
             before(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__1"
    // InternalItup.g:2267:1: rule__Plan__Group_9_6__1 : rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 ;
    public final void rule__Plan__Group_9_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2271:1: ( rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 )
            // InternalItup.g:2272:2: rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1"


    // $ANTLR start "rule__Plan__Group_9_6__1__Impl"
    // InternalItup.g:2279:1: rule__Plan__Group_9_6__1__Impl : ( 'custodian' ) ;
    public final void rule__Plan__Group_9_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2283:1: ( ( 'custodian' ) )
            // InternalItup.g:2284:1: ( 'custodian' )
            {
            // InternalItup.g:2284:1: ( 'custodian' )
            // InternalItup.g:2285:2: 'custodian'
            {
             before(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__2"
    // InternalItup.g:2294:1: rule__Plan__Group_9_6__2 : rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 ;
    public final void rule__Plan__Group_9_6__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2298:1: ( rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 )
            // InternalItup.g:2299:2: rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_6__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2"


    // $ANTLR start "rule__Plan__Group_9_6__2__Impl"
    // InternalItup.g:2306:1: rule__Plan__Group_9_6__2__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) ;
    public final void rule__Plan__Group_9_6__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2310:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) )
            // InternalItup.g:2311:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            {
            // InternalItup.g:2311:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            // InternalItup.g:2312:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 
            // InternalItup.g:2313:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            // InternalItup.g:2313:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__3"
    // InternalItup.g:2321:1: rule__Plan__Group_9_6__3 : rule__Plan__Group_9_6__3__Impl ;
    public final void rule__Plan__Group_9_6__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2325:1: ( rule__Plan__Group_9_6__3__Impl )
            // InternalItup.g:2326:2: rule__Plan__Group_9_6__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3"


    // $ANTLR start "rule__Plan__Group_9_6__3__Impl"
    // InternalItup.g:2332:1: rule__Plan__Group_9_6__3__Impl : ( ( rule__Plan__Group_9_6_3__0 )* ) ;
    public final void rule__Plan__Group_9_6__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2336:1: ( ( ( rule__Plan__Group_9_6_3__0 )* ) )
            // InternalItup.g:2337:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            {
            // InternalItup.g:2337:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            // InternalItup.g:2338:2: ( rule__Plan__Group_9_6_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_6_3()); 
            // InternalItup.g:2339:2: ( rule__Plan__Group_9_6_3__0 )*
            loop29:
            do {
                int alt29=2;
                int LA29_0 = input.LA(1);

                if ( (LA29_0==39) ) {
                    alt29=1;
                }


                switch (alt29) {
            	case 1 :
            	    // InternalItup.g:2339:3: rule__Plan__Group_9_6_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_6_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop29;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_6_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__0"
    // InternalItup.g:2348:1: rule__Plan__Group_9_6_3__0 : rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 ;
    public final void rule__Plan__Group_9_6_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2352:1: ( rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 )
            // InternalItup.g:2353:2: rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0"


    // $ANTLR start "rule__Plan__Group_9_6_3__0__Impl"
    // InternalItup.g:2360:1: rule__Plan__Group_9_6_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_6_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2364:1: ( ( ',' ) )
            // InternalItup.g:2365:1: ( ',' )
            {
            // InternalItup.g:2365:1: ( ',' )
            // InternalItup.g:2366:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__1"
    // InternalItup.g:2375:1: rule__Plan__Group_9_6_3__1 : rule__Plan__Group_9_6_3__1__Impl ;
    public final void rule__Plan__Group_9_6_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2379:1: ( rule__Plan__Group_9_6_3__1__Impl )
            // InternalItup.g:2380:2: rule__Plan__Group_9_6_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1"


    // $ANTLR start "rule__Plan__Group_9_6_3__1__Impl"
    // InternalItup.g:2386:1: rule__Plan__Group_9_6_3__1__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) ;
    public final void rule__Plan__Group_9_6_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2390:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) )
            // InternalItup.g:2391:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            {
            // InternalItup.g:2391:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            // InternalItup.g:2392:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 
            // InternalItup.g:2393:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            // InternalItup.g:2393:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalItup.g:2402:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2406:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalItup.g:2407:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalItup.g:2414:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2418:1: ( ( 'import' ) )
            // InternalItup.g:2419:1: ( 'import' )
            {
            // InternalItup.g:2419:1: ( 'import' )
            // InternalItup.g:2420:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalItup.g:2429:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2433:1: ( rule__Import__Group__1__Impl )
            // InternalItup.g:2434:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalItup.g:2440:1: rule__Import__Group__1__Impl : ( ( rule__Import__PlanAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2444:1: ( ( ( rule__Import__PlanAssignment_1 ) ) )
            // InternalItup.g:2445:1: ( ( rule__Import__PlanAssignment_1 ) )
            {
            // InternalItup.g:2445:1: ( ( rule__Import__PlanAssignment_1 ) )
            // InternalItup.g:2446:2: ( rule__Import__PlanAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getPlanAssignment_1()); 
            // InternalItup.g:2447:2: ( rule__Import__PlanAssignment_1 )
            // InternalItup.g:2447:3: rule__Import__PlanAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__PlanAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getPlanAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__0"
    // InternalItup.g:2456:1: rule__CoreValue__Group__0 : rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 ;
    public final void rule__CoreValue__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2460:1: ( rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 )
            // InternalItup.g:2461:2: rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__CoreValue__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0"


    // $ANTLR start "rule__CoreValue__Group__0__Impl"
    // InternalItup.g:2468:1: rule__CoreValue__Group__0__Impl : ( 'value' ) ;
    public final void rule__CoreValue__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2472:1: ( ( 'value' ) )
            // InternalItup.g:2473:1: ( 'value' )
            {
            // InternalItup.g:2473:1: ( 'value' )
            // InternalItup.g:2474:2: 'value'
            {
             before(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0__Impl"


    // $ANTLR start "rule__CoreValue__Group__1"
    // InternalItup.g:2483:1: rule__CoreValue__Group__1 : rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 ;
    public final void rule__CoreValue__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2487:1: ( rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 )
            // InternalItup.g:2488:2: rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1"


    // $ANTLR start "rule__CoreValue__Group__1__Impl"
    // InternalItup.g:2495:1: rule__CoreValue__Group__1__Impl : ( ( rule__CoreValue__NameAssignment_1 ) ) ;
    public final void rule__CoreValue__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2499:1: ( ( ( rule__CoreValue__NameAssignment_1 ) ) )
            // InternalItup.g:2500:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            {
            // InternalItup.g:2500:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            // InternalItup.g:2501:2: ( rule__CoreValue__NameAssignment_1 )
            {
             before(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 
            // InternalItup.g:2502:2: ( rule__CoreValue__NameAssignment_1 )
            // InternalItup.g:2502:3: rule__CoreValue__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__2"
    // InternalItup.g:2510:1: rule__CoreValue__Group__2 : rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 ;
    public final void rule__CoreValue__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2514:1: ( rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 )
            // InternalItup.g:2515:2: rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2"


    // $ANTLR start "rule__CoreValue__Group__2__Impl"
    // InternalItup.g:2522:1: rule__CoreValue__Group__2__Impl : ( ( rule__CoreValue__TitleAssignment_2 ) ) ;
    public final void rule__CoreValue__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2526:1: ( ( ( rule__CoreValue__TitleAssignment_2 ) ) )
            // InternalItup.g:2527:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            {
            // InternalItup.g:2527:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            // InternalItup.g:2528:2: ( rule__CoreValue__TitleAssignment_2 )
            {
             before(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 
            // InternalItup.g:2529:2: ( rule__CoreValue__TitleAssignment_2 )
            // InternalItup.g:2529:3: rule__CoreValue__TitleAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__TitleAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2__Impl"


    // $ANTLR start "rule__CoreValue__Group__3"
    // InternalItup.g:2537:1: rule__CoreValue__Group__3 : rule__CoreValue__Group__3__Impl ;
    public final void rule__CoreValue__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2541:1: ( rule__CoreValue__Group__3__Impl )
            // InternalItup.g:2542:2: rule__CoreValue__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3"


    // $ANTLR start "rule__CoreValue__Group__3__Impl"
    // InternalItup.g:2548:1: rule__CoreValue__Group__3__Impl : ( ( rule__CoreValue__StatementAssignment_3 )? ) ;
    public final void rule__CoreValue__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2552:1: ( ( ( rule__CoreValue__StatementAssignment_3 )? ) )
            // InternalItup.g:2553:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            {
            // InternalItup.g:2553:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            // InternalItup.g:2554:2: ( rule__CoreValue__StatementAssignment_3 )?
            {
             before(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 
            // InternalItup.g:2555:2: ( rule__CoreValue__StatementAssignment_3 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:2555:3: rule__CoreValue__StatementAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__CoreValue__StatementAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__0"
    // InternalItup.g:2564:1: rule__Goal__Group__0 : rule__Goal__Group__0__Impl rule__Goal__Group__1 ;
    public final void rule__Goal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2568:1: ( rule__Goal__Group__0__Impl rule__Goal__Group__1 )
            // InternalItup.g:2569:2: rule__Goal__Group__0__Impl rule__Goal__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0"


    // $ANTLR start "rule__Goal__Group__0__Impl"
    // InternalItup.g:2576:1: rule__Goal__Group__0__Impl : ( 'goal' ) ;
    public final void rule__Goal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2580:1: ( ( 'goal' ) )
            // InternalItup.g:2581:1: ( 'goal' )
            {
            // InternalItup.g:2581:1: ( 'goal' )
            // InternalItup.g:2582:2: 'goal'
            {
             before(grammarAccess.getGoalAccess().getGoalKeyword_0()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getGoalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0__Impl"


    // $ANTLR start "rule__Goal__Group__1"
    // InternalItup.g:2591:1: rule__Goal__Group__1 : rule__Goal__Group__1__Impl rule__Goal__Group__2 ;
    public final void rule__Goal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2595:1: ( rule__Goal__Group__1__Impl rule__Goal__Group__2 )
            // InternalItup.g:2596:2: rule__Goal__Group__1__Impl rule__Goal__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Goal__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1"


    // $ANTLR start "rule__Goal__Group__1__Impl"
    // InternalItup.g:2603:1: rule__Goal__Group__1__Impl : ( ( rule__Goal__NameAssignment_1 ) ) ;
    public final void rule__Goal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2607:1: ( ( ( rule__Goal__NameAssignment_1 ) ) )
            // InternalItup.g:2608:1: ( ( rule__Goal__NameAssignment_1 ) )
            {
            // InternalItup.g:2608:1: ( ( rule__Goal__NameAssignment_1 ) )
            // InternalItup.g:2609:2: ( rule__Goal__NameAssignment_1 )
            {
             before(grammarAccess.getGoalAccess().getNameAssignment_1()); 
            // InternalItup.g:2610:2: ( rule__Goal__NameAssignment_1 )
            // InternalItup.g:2610:3: rule__Goal__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1__Impl"


    // $ANTLR start "rule__Goal__Group__2"
    // InternalItup.g:2618:1: rule__Goal__Group__2 : rule__Goal__Group__2__Impl rule__Goal__Group__3 ;
    public final void rule__Goal__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2622:1: ( rule__Goal__Group__2__Impl rule__Goal__Group__3 )
            // InternalItup.g:2623:2: rule__Goal__Group__2__Impl rule__Goal__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Goal__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2"


    // $ANTLR start "rule__Goal__Group__2__Impl"
    // InternalItup.g:2630:1: rule__Goal__Group__2__Impl : ( ( rule__Goal__TitleAssignment_2 )? ) ;
    public final void rule__Goal__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2634:1: ( ( ( rule__Goal__TitleAssignment_2 )? ) )
            // InternalItup.g:2635:1: ( ( rule__Goal__TitleAssignment_2 )? )
            {
            // InternalItup.g:2635:1: ( ( rule__Goal__TitleAssignment_2 )? )
            // InternalItup.g:2636:2: ( rule__Goal__TitleAssignment_2 )?
            {
             before(grammarAccess.getGoalAccess().getTitleAssignment_2()); 
            // InternalItup.g:2637:2: ( rule__Goal__TitleAssignment_2 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==RULE_STRING) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalItup.g:2637:3: rule__Goal__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2__Impl"


    // $ANTLR start "rule__Goal__Group__3"
    // InternalItup.g:2645:1: rule__Goal__Group__3 : rule__Goal__Group__3__Impl rule__Goal__Group__4 ;
    public final void rule__Goal__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2649:1: ( rule__Goal__Group__3__Impl rule__Goal__Group__4 )
            // InternalItup.g:2650:2: rule__Goal__Group__3__Impl rule__Goal__Group__4
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3"


    // $ANTLR start "rule__Goal__Group__3__Impl"
    // InternalItup.g:2657:1: rule__Goal__Group__3__Impl : ( '{' ) ;
    public final void rule__Goal__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2661:1: ( ( '{' ) )
            // InternalItup.g:2662:1: ( '{' )
            {
            // InternalItup.g:2662:1: ( '{' )
            // InternalItup.g:2663:2: '{'
            {
             before(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__4"
    // InternalItup.g:2672:1: rule__Goal__Group__4 : rule__Goal__Group__4__Impl rule__Goal__Group__5 ;
    public final void rule__Goal__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2676:1: ( rule__Goal__Group__4__Impl rule__Goal__Group__5 )
            // InternalItup.g:2677:2: rule__Goal__Group__4__Impl rule__Goal__Group__5
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4"


    // $ANTLR start "rule__Goal__Group__4__Impl"
    // InternalItup.g:2684:1: rule__Goal__Group__4__Impl : ( ( rule__Goal__Group_4__0 )? ) ;
    public final void rule__Goal__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2688:1: ( ( ( rule__Goal__Group_4__0 )? ) )
            // InternalItup.g:2689:1: ( ( rule__Goal__Group_4__0 )? )
            {
            // InternalItup.g:2689:1: ( ( rule__Goal__Group_4__0 )? )
            // InternalItup.g:2690:2: ( rule__Goal__Group_4__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_4()); 
            // InternalItup.g:2691:2: ( rule__Goal__Group_4__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==49) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:2691:3: rule__Goal__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4__Impl"


    // $ANTLR start "rule__Goal__Group__5"
    // InternalItup.g:2699:1: rule__Goal__Group__5 : rule__Goal__Group__5__Impl rule__Goal__Group__6 ;
    public final void rule__Goal__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2703:1: ( rule__Goal__Group__5__Impl rule__Goal__Group__6 )
            // InternalItup.g:2704:2: rule__Goal__Group__5__Impl rule__Goal__Group__6
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5"


    // $ANTLR start "rule__Goal__Group__5__Impl"
    // InternalItup.g:2711:1: rule__Goal__Group__5__Impl : ( ( rule__Goal__Group_5__0 )? ) ;
    public final void rule__Goal__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2715:1: ( ( ( rule__Goal__Group_5__0 )? ) )
            // InternalItup.g:2716:1: ( ( rule__Goal__Group_5__0 )? )
            {
            // InternalItup.g:2716:1: ( ( rule__Goal__Group_5__0 )? )
            // InternalItup.g:2717:2: ( rule__Goal__Group_5__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_5()); 
            // InternalItup.g:2718:2: ( rule__Goal__Group_5__0 )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==50) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalItup.g:2718:3: rule__Goal__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5__Impl"


    // $ANTLR start "rule__Goal__Group__6"
    // InternalItup.g:2726:1: rule__Goal__Group__6 : rule__Goal__Group__6__Impl rule__Goal__Group__7 ;
    public final void rule__Goal__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2730:1: ( rule__Goal__Group__6__Impl rule__Goal__Group__7 )
            // InternalItup.g:2731:2: rule__Goal__Group__6__Impl rule__Goal__Group__7
            {
            pushFollow(FOLLOW_20);
            rule__Goal__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6"


    // $ANTLR start "rule__Goal__Group__6__Impl"
    // InternalItup.g:2738:1: rule__Goal__Group__6__Impl : ( ( rule__Goal__Alternatives_6 )* ) ;
    public final void rule__Goal__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2742:1: ( ( ( rule__Goal__Alternatives_6 )* ) )
            // InternalItup.g:2743:1: ( ( rule__Goal__Alternatives_6 )* )
            {
            // InternalItup.g:2743:1: ( ( rule__Goal__Alternatives_6 )* )
            // InternalItup.g:2744:2: ( rule__Goal__Alternatives_6 )*
            {
             before(grammarAccess.getGoalAccess().getAlternatives_6()); 
            // InternalItup.g:2745:2: ( rule__Goal__Alternatives_6 )*
            loop34:
            do {
                int alt34=2;
                int LA34_0 = input.LA(1);

                if ( (LA34_0==43||LA34_0==45||LA34_0==51) ) {
                    alt34=1;
                }


                switch (alt34) {
            	case 1 :
            	    // InternalItup.g:2745:3: rule__Goal__Alternatives_6
            	    {
            	    pushFollow(FOLLOW_21);
            	    rule__Goal__Alternatives_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop34;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getAlternatives_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6__Impl"


    // $ANTLR start "rule__Goal__Group__7"
    // InternalItup.g:2753:1: rule__Goal__Group__7 : rule__Goal__Group__7__Impl ;
    public final void rule__Goal__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2757:1: ( rule__Goal__Group__7__Impl )
            // InternalItup.g:2758:2: rule__Goal__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7"


    // $ANTLR start "rule__Goal__Group__7__Impl"
    // InternalItup.g:2764:1: rule__Goal__Group__7__Impl : ( '}' ) ;
    public final void rule__Goal__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2768:1: ( ( '}' ) )
            // InternalItup.g:2769:1: ( '}' )
            {
            // InternalItup.g:2769:1: ( '}' )
            // InternalItup.g:2770:2: '}'
            {
             before(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7__Impl"


    // $ANTLR start "rule__Goal__Group_4__0"
    // InternalItup.g:2780:1: rule__Goal__Group_4__0 : rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 ;
    public final void rule__Goal__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2784:1: ( rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 )
            // InternalItup.g:2785:2: rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0"


    // $ANTLR start "rule__Goal__Group_4__0__Impl"
    // InternalItup.g:2792:1: rule__Goal__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Goal__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2796:1: ( ( 'statement' ) )
            // InternalItup.g:2797:1: ( 'statement' )
            {
            // InternalItup.g:2797:1: ( 'statement' )
            // InternalItup.g:2798:2: 'statement'
            {
             before(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0__Impl"


    // $ANTLR start "rule__Goal__Group_4__1"
    // InternalItup.g:2807:1: rule__Goal__Group_4__1 : rule__Goal__Group_4__1__Impl ;
    public final void rule__Goal__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2811:1: ( rule__Goal__Group_4__1__Impl )
            // InternalItup.g:2812:2: rule__Goal__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1"


    // $ANTLR start "rule__Goal__Group_4__1__Impl"
    // InternalItup.g:2818:1: rule__Goal__Group_4__1__Impl : ( ( rule__Goal__StatementAssignment_4_1 ) ) ;
    public final void rule__Goal__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2822:1: ( ( ( rule__Goal__StatementAssignment_4_1 ) ) )
            // InternalItup.g:2823:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:2823:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            // InternalItup.g:2824:2: ( rule__Goal__StatementAssignment_4_1 )
            {
             before(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:2825:2: ( rule__Goal__StatementAssignment_4_1 )
            // InternalItup.g:2825:3: rule__Goal__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1__Impl"


    // $ANTLR start "rule__Goal__Group_5__0"
    // InternalItup.g:2834:1: rule__Goal__Group_5__0 : rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 ;
    public final void rule__Goal__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2838:1: ( rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 )
            // InternalItup.g:2839:2: rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0"


    // $ANTLR start "rule__Goal__Group_5__0__Impl"
    // InternalItup.g:2846:1: rule__Goal__Group_5__0__Impl : ( 'description' ) ;
    public final void rule__Goal__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2850:1: ( ( 'description' ) )
            // InternalItup.g:2851:1: ( 'description' )
            {
            // InternalItup.g:2851:1: ( 'description' )
            // InternalItup.g:2852:2: 'description'
            {
             before(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0__Impl"


    // $ANTLR start "rule__Goal__Group_5__1"
    // InternalItup.g:2861:1: rule__Goal__Group_5__1 : rule__Goal__Group_5__1__Impl ;
    public final void rule__Goal__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2865:1: ( rule__Goal__Group_5__1__Impl )
            // InternalItup.g:2866:2: rule__Goal__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1"


    // $ANTLR start "rule__Goal__Group_5__1__Impl"
    // InternalItup.g:2872:1: rule__Goal__Group_5__1__Impl : ( ( rule__Goal__DescriptionAssignment_5_1 ) ) ;
    public final void rule__Goal__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2876:1: ( ( ( rule__Goal__DescriptionAssignment_5_1 ) ) )
            // InternalItup.g:2877:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            {
            // InternalItup.g:2877:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            // InternalItup.g:2878:2: ( rule__Goal__DescriptionAssignment_5_1 )
            {
             before(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 
            // InternalItup.g:2879:2: ( rule__Goal__DescriptionAssignment_5_1 )
            // InternalItup.g:2879:3: rule__Goal__DescriptionAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__DescriptionAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__0"
    // InternalItup.g:2888:1: rule__Goal__Group_6_1__0 : rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 ;
    public final void rule__Goal__Group_6_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2892:1: ( rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 )
            // InternalItup.g:2893:2: rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0"


    // $ANTLR start "rule__Goal__Group_6_1__0__Impl"
    // InternalItup.g:2900:1: rule__Goal__Group_6_1__0__Impl : ( 'sdg' ) ;
    public final void rule__Goal__Group_6_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2904:1: ( ( 'sdg' ) )
            // InternalItup.g:2905:1: ( 'sdg' )
            {
            // InternalItup.g:2905:1: ( 'sdg' )
            // InternalItup.g:2906:2: 'sdg'
            {
             before(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__1"
    // InternalItup.g:2915:1: rule__Goal__Group_6_1__1 : rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 ;
    public final void rule__Goal__Group_6_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2919:1: ( rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 )
            // InternalItup.g:2920:2: rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1"


    // $ANTLR start "rule__Goal__Group_6_1__1__Impl"
    // InternalItup.g:2927:1: rule__Goal__Group_6_1__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) ;
    public final void rule__Goal__Group_6_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2931:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) )
            // InternalItup.g:2932:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            {
            // InternalItup.g:2932:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            // InternalItup.g:2933:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 
            // InternalItup.g:2934:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            // InternalItup.g:2934:3: rule__Goal__SdgLinksAssignment_6_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__2"
    // InternalItup.g:2942:1: rule__Goal__Group_6_1__2 : rule__Goal__Group_6_1__2__Impl ;
    public final void rule__Goal__Group_6_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2946:1: ( rule__Goal__Group_6_1__2__Impl )
            // InternalItup.g:2947:2: rule__Goal__Group_6_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2"


    // $ANTLR start "rule__Goal__Group_6_1__2__Impl"
    // InternalItup.g:2953:1: rule__Goal__Group_6_1__2__Impl : ( ( rule__Goal__Group_6_1_2__0 )* ) ;
    public final void rule__Goal__Group_6_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2957:1: ( ( ( rule__Goal__Group_6_1_2__0 )* ) )
            // InternalItup.g:2958:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            {
            // InternalItup.g:2958:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            // InternalItup.g:2959:2: ( rule__Goal__Group_6_1_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_1_2()); 
            // InternalItup.g:2960:2: ( rule__Goal__Group_6_1_2__0 )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( (LA35_0==39) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalItup.g:2960:3: rule__Goal__Group_6_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__0"
    // InternalItup.g:2969:1: rule__Goal__Group_6_1_2__0 : rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 ;
    public final void rule__Goal__Group_6_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2973:1: ( rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 )
            // InternalItup.g:2974:2: rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0"


    // $ANTLR start "rule__Goal__Group_6_1_2__0__Impl"
    // InternalItup.g:2981:1: rule__Goal__Group_6_1_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2985:1: ( ( ',' ) )
            // InternalItup.g:2986:1: ( ',' )
            {
            // InternalItup.g:2986:1: ( ',' )
            // InternalItup.g:2987:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__1"
    // InternalItup.g:2996:1: rule__Goal__Group_6_1_2__1 : rule__Goal__Group_6_1_2__1__Impl ;
    public final void rule__Goal__Group_6_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3000:1: ( rule__Goal__Group_6_1_2__1__Impl )
            // InternalItup.g:3001:2: rule__Goal__Group_6_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1"


    // $ANTLR start "rule__Goal__Group_6_1_2__1__Impl"
    // InternalItup.g:3007:1: rule__Goal__Group_6_1_2__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) ;
    public final void rule__Goal__Group_6_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3011:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) )
            // InternalItup.g:3012:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            {
            // InternalItup.g:3012:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            // InternalItup.g:3013:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 
            // InternalItup.g:3014:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            // InternalItup.g:3014:3: rule__Goal__SdgLinksAssignment_6_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__0"
    // InternalItup.g:3023:1: rule__Goal__Group_6_2__0 : rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 ;
    public final void rule__Goal__Group_6_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3027:1: ( rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 )
            // InternalItup.g:3028:2: rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0"


    // $ANTLR start "rule__Goal__Group_6_2__0__Impl"
    // InternalItup.g:3035:1: rule__Goal__Group_6_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Goal__Group_6_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3039:1: ( ( 'wsis' ) )
            // InternalItup.g:3040:1: ( 'wsis' )
            {
            // InternalItup.g:3040:1: ( 'wsis' )
            // InternalItup.g:3041:2: 'wsis'
            {
             before(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__1"
    // InternalItup.g:3050:1: rule__Goal__Group_6_2__1 : rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 ;
    public final void rule__Goal__Group_6_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3054:1: ( rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 )
            // InternalItup.g:3055:2: rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1"


    // $ANTLR start "rule__Goal__Group_6_2__1__Impl"
    // InternalItup.g:3062:1: rule__Goal__Group_6_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) ;
    public final void rule__Goal__Group_6_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3066:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) )
            // InternalItup.g:3067:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            {
            // InternalItup.g:3067:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            // InternalItup.g:3068:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 
            // InternalItup.g:3069:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            // InternalItup.g:3069:3: rule__Goal__WsisActionLinesAssignment_6_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__2"
    // InternalItup.g:3077:1: rule__Goal__Group_6_2__2 : rule__Goal__Group_6_2__2__Impl ;
    public final void rule__Goal__Group_6_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3081:1: ( rule__Goal__Group_6_2__2__Impl )
            // InternalItup.g:3082:2: rule__Goal__Group_6_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2"


    // $ANTLR start "rule__Goal__Group_6_2__2__Impl"
    // InternalItup.g:3088:1: rule__Goal__Group_6_2__2__Impl : ( ( rule__Goal__Group_6_2_2__0 )* ) ;
    public final void rule__Goal__Group_6_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3092:1: ( ( ( rule__Goal__Group_6_2_2__0 )* ) )
            // InternalItup.g:3093:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            {
            // InternalItup.g:3093:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            // InternalItup.g:3094:2: ( rule__Goal__Group_6_2_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_2_2()); 
            // InternalItup.g:3095:2: ( rule__Goal__Group_6_2_2__0 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==39) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalItup.g:3095:3: rule__Goal__Group_6_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__0"
    // InternalItup.g:3104:1: rule__Goal__Group_6_2_2__0 : rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 ;
    public final void rule__Goal__Group_6_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3108:1: ( rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 )
            // InternalItup.g:3109:2: rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0"


    // $ANTLR start "rule__Goal__Group_6_2_2__0__Impl"
    // InternalItup.g:3116:1: rule__Goal__Group_6_2_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3120:1: ( ( ',' ) )
            // InternalItup.g:3121:1: ( ',' )
            {
            // InternalItup.g:3121:1: ( ',' )
            // InternalItup.g:3122:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__1"
    // InternalItup.g:3131:1: rule__Goal__Group_6_2_2__1 : rule__Goal__Group_6_2_2__1__Impl ;
    public final void rule__Goal__Group_6_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3135:1: ( rule__Goal__Group_6_2_2__1__Impl )
            // InternalItup.g:3136:2: rule__Goal__Group_6_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1"


    // $ANTLR start "rule__Goal__Group_6_2_2__1__Impl"
    // InternalItup.g:3142:1: rule__Goal__Group_6_2_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) ;
    public final void rule__Goal__Group_6_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3146:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) )
            // InternalItup.g:3147:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            {
            // InternalItup.g:3147:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            // InternalItup.g:3148:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 
            // InternalItup.g:3149:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            // InternalItup.g:3149:3: rule__Goal__WsisActionLinesAssignment_6_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1__Impl"


    // $ANTLR start "rule__Target__Group__0"
    // InternalItup.g:3158:1: rule__Target__Group__0 : rule__Target__Group__0__Impl rule__Target__Group__1 ;
    public final void rule__Target__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3162:1: ( rule__Target__Group__0__Impl rule__Target__Group__1 )
            // InternalItup.g:3163:2: rule__Target__Group__0__Impl rule__Target__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Target__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0"


    // $ANTLR start "rule__Target__Group__0__Impl"
    // InternalItup.g:3170:1: rule__Target__Group__0__Impl : ( 'target' ) ;
    public final void rule__Target__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3174:1: ( ( 'target' ) )
            // InternalItup.g:3175:1: ( 'target' )
            {
            // InternalItup.g:3175:1: ( 'target' )
            // InternalItup.g:3176:2: 'target'
            {
             before(grammarAccess.getTargetAccess().getTargetKeyword_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getTargetKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0__Impl"


    // $ANTLR start "rule__Target__Group__1"
    // InternalItup.g:3185:1: rule__Target__Group__1 : rule__Target__Group__1__Impl rule__Target__Group__2 ;
    public final void rule__Target__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3189:1: ( rule__Target__Group__1__Impl rule__Target__Group__2 )
            // InternalItup.g:3190:2: rule__Target__Group__1__Impl rule__Target__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Target__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1"


    // $ANTLR start "rule__Target__Group__1__Impl"
    // InternalItup.g:3197:1: rule__Target__Group__1__Impl : ( ( rule__Target__NameAssignment_1 ) ) ;
    public final void rule__Target__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3201:1: ( ( ( rule__Target__NameAssignment_1 ) ) )
            // InternalItup.g:3202:1: ( ( rule__Target__NameAssignment_1 ) )
            {
            // InternalItup.g:3202:1: ( ( rule__Target__NameAssignment_1 ) )
            // InternalItup.g:3203:2: ( rule__Target__NameAssignment_1 )
            {
             before(grammarAccess.getTargetAccess().getNameAssignment_1()); 
            // InternalItup.g:3204:2: ( rule__Target__NameAssignment_1 )
            // InternalItup.g:3204:3: rule__Target__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1__Impl"


    // $ANTLR start "rule__Target__Group__2"
    // InternalItup.g:3212:1: rule__Target__Group__2 : rule__Target__Group__2__Impl rule__Target__Group__3 ;
    public final void rule__Target__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3216:1: ( rule__Target__Group__2__Impl rule__Target__Group__3 )
            // InternalItup.g:3217:2: rule__Target__Group__2__Impl rule__Target__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Target__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2"


    // $ANTLR start "rule__Target__Group__2__Impl"
    // InternalItup.g:3224:1: rule__Target__Group__2__Impl : ( ( rule__Target__StatementAssignment_2 )? ) ;
    public final void rule__Target__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3228:1: ( ( ( rule__Target__StatementAssignment_2 )? ) )
            // InternalItup.g:3229:1: ( ( rule__Target__StatementAssignment_2 )? )
            {
            // InternalItup.g:3229:1: ( ( rule__Target__StatementAssignment_2 )? )
            // InternalItup.g:3230:2: ( rule__Target__StatementAssignment_2 )?
            {
             before(grammarAccess.getTargetAccess().getStatementAssignment_2()); 
            // InternalItup.g:3231:2: ( rule__Target__StatementAssignment_2 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==RULE_STRING) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalItup.g:3231:3: rule__Target__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2__Impl"


    // $ANTLR start "rule__Target__Group__3"
    // InternalItup.g:3239:1: rule__Target__Group__3 : rule__Target__Group__3__Impl ;
    public final void rule__Target__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3243:1: ( rule__Target__Group__3__Impl )
            // InternalItup.g:3244:2: rule__Target__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3"


    // $ANTLR start "rule__Target__Group__3__Impl"
    // InternalItup.g:3250:1: rule__Target__Group__3__Impl : ( ( rule__Target__Group_3__0 )? ) ;
    public final void rule__Target__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3254:1: ( ( ( rule__Target__Group_3__0 )? ) )
            // InternalItup.g:3255:1: ( ( rule__Target__Group_3__0 )? )
            {
            // InternalItup.g:3255:1: ( ( rule__Target__Group_3__0 )? )
            // InternalItup.g:3256:2: ( rule__Target__Group_3__0 )?
            {
             before(grammarAccess.getTargetAccess().getGroup_3()); 
            // InternalItup.g:3257:2: ( rule__Target__Group_3__0 )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==41) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalItup.g:3257:3: rule__Target__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3__Impl"


    // $ANTLR start "rule__Target__Group_3__0"
    // InternalItup.g:3266:1: rule__Target__Group_3__0 : rule__Target__Group_3__0__Impl rule__Target__Group_3__1 ;
    public final void rule__Target__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3270:1: ( rule__Target__Group_3__0__Impl rule__Target__Group_3__1 )
            // InternalItup.g:3271:2: rule__Target__Group_3__0__Impl rule__Target__Group_3__1
            {
            pushFollow(FOLLOW_22);
            rule__Target__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0"


    // $ANTLR start "rule__Target__Group_3__0__Impl"
    // InternalItup.g:3278:1: rule__Target__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Target__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3282:1: ( ( '{' ) )
            // InternalItup.g:3283:1: ( '{' )
            {
            // InternalItup.g:3283:1: ( '{' )
            // InternalItup.g:3284:2: '{'
            {
             before(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3__1"
    // InternalItup.g:3293:1: rule__Target__Group_3__1 : rule__Target__Group_3__1__Impl rule__Target__Group_3__2 ;
    public final void rule__Target__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3297:1: ( rule__Target__Group_3__1__Impl rule__Target__Group_3__2 )
            // InternalItup.g:3298:2: rule__Target__Group_3__1__Impl rule__Target__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Target__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1"


    // $ANTLR start "rule__Target__Group_3__1__Impl"
    // InternalItup.g:3305:1: rule__Target__Group_3__1__Impl : ( ( rule__Target__UnorderedGroup_3_1 ) ) ;
    public final void rule__Target__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3309:1: ( ( ( rule__Target__UnorderedGroup_3_1 ) ) )
            // InternalItup.g:3310:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            {
            // InternalItup.g:3310:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            // InternalItup.g:3311:2: ( rule__Target__UnorderedGroup_3_1 )
            {
             before(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 
            // InternalItup.g:3312:2: ( rule__Target__UnorderedGroup_3_1 )
            // InternalItup.g:3312:3: rule__Target__UnorderedGroup_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1__Impl"


    // $ANTLR start "rule__Target__Group_3__2"
    // InternalItup.g:3320:1: rule__Target__Group_3__2 : rule__Target__Group_3__2__Impl rule__Target__Group_3__3 ;
    public final void rule__Target__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3324:1: ( rule__Target__Group_3__2__Impl rule__Target__Group_3__3 )
            // InternalItup.g:3325:2: rule__Target__Group_3__2__Impl rule__Target__Group_3__3
            {
            pushFollow(FOLLOW_23);
            rule__Target__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2"


    // $ANTLR start "rule__Target__Group_3__2__Impl"
    // InternalItup.g:3332:1: rule__Target__Group_3__2__Impl : ( ( rule__Target__IndicatorsAssignment_3_2 )* ) ;
    public final void rule__Target__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3336:1: ( ( ( rule__Target__IndicatorsAssignment_3_2 )* ) )
            // InternalItup.g:3337:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            {
            // InternalItup.g:3337:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            // InternalItup.g:3338:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            {
             before(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 
            // InternalItup.g:3339:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            loop39:
            do {
                int alt39=2;
                int LA39_0 = input.LA(1);

                if ( (LA39_0==62) ) {
                    alt39=1;
                }


                switch (alt39) {
            	case 1 :
            	    // InternalItup.g:3339:3: rule__Target__IndicatorsAssignment_3_2
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Target__IndicatorsAssignment_3_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop39;
                }
            } while (true);

             after(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2__Impl"


    // $ANTLR start "rule__Target__Group_3__3"
    // InternalItup.g:3347:1: rule__Target__Group_3__3 : rule__Target__Group_3__3__Impl ;
    public final void rule__Target__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3351:1: ( rule__Target__Group_3__3__Impl )
            // InternalItup.g:3352:2: rule__Target__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3"


    // $ANTLR start "rule__Target__Group_3__3__Impl"
    // InternalItup.g:3358:1: rule__Target__Group_3__3__Impl : ( '}' ) ;
    public final void rule__Target__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3362:1: ( ( '}' ) )
            // InternalItup.g:3363:1: ( '}' )
            {
            // InternalItup.g:3363:1: ( '}' )
            // InternalItup.g:3364:2: '}'
            {
             before(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__0"
    // InternalItup.g:3374:1: rule__Target__Group_3_1_0__0 : rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 ;
    public final void rule__Target__Group_3_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3378:1: ( rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 )
            // InternalItup.g:3379:2: rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_0__0__Impl"
    // InternalItup.g:3386:1: rule__Target__Group_3_1_0__0__Impl : ( 'by' ) ;
    public final void rule__Target__Group_3_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3390:1: ( ( 'by' ) )
            // InternalItup.g:3391:1: ( 'by' )
            {
            // InternalItup.g:3391:1: ( 'by' )
            // InternalItup.g:3392:2: 'by'
            {
             before(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__1"
    // InternalItup.g:3401:1: rule__Target__Group_3_1_0__1 : rule__Target__Group_3_1_0__1__Impl ;
    public final void rule__Target__Group_3_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3405:1: ( rule__Target__Group_3_1_0__1__Impl )
            // InternalItup.g:3406:2: rule__Target__Group_3_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_0__1__Impl"
    // InternalItup.g:3412:1: rule__Target__Group_3_1_0__1__Impl : ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3416:1: ( ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) )
            // InternalItup.g:3417:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            {
            // InternalItup.g:3417:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            // InternalItup.g:3418:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 
            // InternalItup.g:3419:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            // InternalItup.g:3419:3: rule__Target__DeadlineAssignment_3_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__DeadlineAssignment_3_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0"
    // InternalItup.g:3428:1: rule__Target__Group_3_1_1_0__0 : rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 ;
    public final void rule__Target__Group_3_1_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3432:1: ( rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 )
            // InternalItup.g:3433:2: rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0__Impl"
    // InternalItup.g:3440:1: rule__Target__Group_3_1_1_0__0__Impl : ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) ;
    public final void rule__Target__Group_3_1_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3444:1: ( ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) )
            // InternalItup.g:3445:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            {
            // InternalItup.g:3445:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            // InternalItup.g:3446:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            {
             before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 
            // InternalItup.g:3447:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            // InternalItup.g:3447:3: rule__Target__KindAssignment_3_1_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Target__KindAssignment_3_1_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1"
    // InternalItup.g:3455:1: rule__Target__Group_3_1_1_0__1 : rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 ;
    public final void rule__Target__Group_3_1_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3459:1: ( rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 )
            // InternalItup.g:3460:2: rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1__Impl"
    // InternalItup.g:3467:1: rule__Target__Group_3_1_1_0__1__Impl : ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3471:1: ( ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) )
            // InternalItup.g:3472:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            {
            // InternalItup.g:3472:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            // InternalItup.g:3473:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 
            // InternalItup.g:3474:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            // InternalItup.g:3474:3: rule__Target__ValueAssignment_3_1_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__ValueAssignment_3_1_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2"
    // InternalItup.g:3482:1: rule__Target__Group_3_1_1_0__2 : rule__Target__Group_3_1_1_0__2__Impl ;
    public final void rule__Target__Group_3_1_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3486:1: ( rule__Target__Group_3_1_1_0__2__Impl )
            // InternalItup.g:3487:2: rule__Target__Group_3_1_1_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2__Impl"
    // InternalItup.g:3493:1: rule__Target__Group_3_1_1_0__2__Impl : ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) ;
    public final void rule__Target__Group_3_1_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3497:1: ( ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) )
            // InternalItup.g:3498:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            {
            // InternalItup.g:3498:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            // InternalItup.g:3499:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            {
             before(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 
            // InternalItup.g:3500:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_STRING) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:3500:3: rule__Target__UnitAssignment_3_1_1_0_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnitAssignment_3_1_1_0_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__0"
    // InternalItup.g:3509:1: rule__Target__Group_3_1_3__0 : rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 ;
    public final void rule__Target__Group_3_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3513:1: ( rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 )
            // InternalItup.g:3514:2: rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0"


    // $ANTLR start "rule__Target__Group_3_1_3__0__Impl"
    // InternalItup.g:3521:1: rule__Target__Group_3_1_3__0__Impl : ( 'population' ) ;
    public final void rule__Target__Group_3_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3525:1: ( ( 'population' ) )
            // InternalItup.g:3526:1: ( 'population' )
            {
            // InternalItup.g:3526:1: ( 'population' )
            // InternalItup.g:3527:2: 'population'
            {
             before(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__1"
    // InternalItup.g:3536:1: rule__Target__Group_3_1_3__1 : rule__Target__Group_3_1_3__1__Impl ;
    public final void rule__Target__Group_3_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3540:1: ( rule__Target__Group_3_1_3__1__Impl )
            // InternalItup.g:3541:2: rule__Target__Group_3_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1"


    // $ANTLR start "rule__Target__Group_3_1_3__1__Impl"
    // InternalItup.g:3547:1: rule__Target__Group_3_1_3__1__Impl : ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) ;
    public final void rule__Target__Group_3_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3551:1: ( ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) )
            // InternalItup.g:3552:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            {
            // InternalItup.g:3552:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            // InternalItup.g:3553:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            {
             before(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 
            // InternalItup.g:3554:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            // InternalItup.g:3554:3: rule__Target__PopulationAssignment_3_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__PopulationAssignment_3_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1__Impl"


    // $ANTLR start "rule__Baseline__Group__0"
    // InternalItup.g:3563:1: rule__Baseline__Group__0 : rule__Baseline__Group__0__Impl rule__Baseline__Group__1 ;
    public final void rule__Baseline__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3567:1: ( rule__Baseline__Group__0__Impl rule__Baseline__Group__1 )
            // InternalItup.g:3568:2: rule__Baseline__Group__0__Impl rule__Baseline__Group__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0"


    // $ANTLR start "rule__Baseline__Group__0__Impl"
    // InternalItup.g:3575:1: rule__Baseline__Group__0__Impl : ( 'baseline' ) ;
    public final void rule__Baseline__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3579:1: ( ( 'baseline' ) )
            // InternalItup.g:3580:1: ( 'baseline' )
            {
            // InternalItup.g:3580:1: ( 'baseline' )
            // InternalItup.g:3581:2: 'baseline'
            {
             before(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0__Impl"


    // $ANTLR start "rule__Baseline__Group__1"
    // InternalItup.g:3590:1: rule__Baseline__Group__1 : rule__Baseline__Group__1__Impl rule__Baseline__Group__2 ;
    public final void rule__Baseline__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3594:1: ( rule__Baseline__Group__1__Impl rule__Baseline__Group__2 )
            // InternalItup.g:3595:2: rule__Baseline__Group__1__Impl rule__Baseline__Group__2
            {
            pushFollow(FOLLOW_25);
            rule__Baseline__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1"


    // $ANTLR start "rule__Baseline__Group__1__Impl"
    // InternalItup.g:3602:1: rule__Baseline__Group__1__Impl : ( ( rule__Baseline__YearAssignment_1 ) ) ;
    public final void rule__Baseline__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3606:1: ( ( ( rule__Baseline__YearAssignment_1 ) ) )
            // InternalItup.g:3607:1: ( ( rule__Baseline__YearAssignment_1 ) )
            {
            // InternalItup.g:3607:1: ( ( rule__Baseline__YearAssignment_1 ) )
            // InternalItup.g:3608:2: ( rule__Baseline__YearAssignment_1 )
            {
             before(grammarAccess.getBaselineAccess().getYearAssignment_1()); 
            // InternalItup.g:3609:2: ( rule__Baseline__YearAssignment_1 )
            // InternalItup.g:3609:3: rule__Baseline__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1__Impl"


    // $ANTLR start "rule__Baseline__Group__2"
    // InternalItup.g:3617:1: rule__Baseline__Group__2 : rule__Baseline__Group__2__Impl ;
    public final void rule__Baseline__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3621:1: ( rule__Baseline__Group__2__Impl )
            // InternalItup.g:3622:2: rule__Baseline__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2"


    // $ANTLR start "rule__Baseline__Group__2__Impl"
    // InternalItup.g:3628:1: rule__Baseline__Group__2__Impl : ( ( rule__Baseline__Group_2__0 )? ) ;
    public final void rule__Baseline__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3632:1: ( ( ( rule__Baseline__Group_2__0 )? ) )
            // InternalItup.g:3633:1: ( ( rule__Baseline__Group_2__0 )? )
            {
            // InternalItup.g:3633:1: ( ( rule__Baseline__Group_2__0 )? )
            // InternalItup.g:3634:2: ( rule__Baseline__Group_2__0 )?
            {
             before(grammarAccess.getBaselineAccess().getGroup_2()); 
            // InternalItup.g:3635:2: ( rule__Baseline__Group_2__0 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==48) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:3635:3: rule__Baseline__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2__Impl"


    // $ANTLR start "rule__Baseline__Group_2__0"
    // InternalItup.g:3644:1: rule__Baseline__Group_2__0 : rule__Baseline__Group_2__0__Impl rule__Baseline__Group_2__1 ;
    public final void rule__Baseline__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3648:1: ( rule__Baseline__Group_2__0__Impl rule__Baseline__Group_2__1 )
            // InternalItup.g:3649:2: rule__Baseline__Group_2__0__Impl rule__Baseline__Group_2__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__0"


    // $ANTLR start "rule__Baseline__Group_2__0__Impl"
    // InternalItup.g:3656:1: rule__Baseline__Group_2__0__Impl : ( 'value' ) ;
    public final void rule__Baseline__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3660:1: ( ( 'value' ) )
            // InternalItup.g:3661:1: ( 'value' )
            {
            // InternalItup.g:3661:1: ( 'value' )
            // InternalItup.g:3662:2: 'value'
            {
             before(grammarAccess.getBaselineAccess().getValueKeyword_2_0()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getValueKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__0__Impl"


    // $ANTLR start "rule__Baseline__Group_2__1"
    // InternalItup.g:3671:1: rule__Baseline__Group_2__1 : rule__Baseline__Group_2__1__Impl rule__Baseline__Group_2__2 ;
    public final void rule__Baseline__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3675:1: ( rule__Baseline__Group_2__1__Impl rule__Baseline__Group_2__2 )
            // InternalItup.g:3676:2: rule__Baseline__Group_2__1__Impl rule__Baseline__Group_2__2
            {
            pushFollow(FOLLOW_10);
            rule__Baseline__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__1"


    // $ANTLR start "rule__Baseline__Group_2__1__Impl"
    // InternalItup.g:3683:1: rule__Baseline__Group_2__1__Impl : ( ( rule__Baseline__ValueAssignment_2_1 ) ) ;
    public final void rule__Baseline__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3687:1: ( ( ( rule__Baseline__ValueAssignment_2_1 ) ) )
            // InternalItup.g:3688:1: ( ( rule__Baseline__ValueAssignment_2_1 ) )
            {
            // InternalItup.g:3688:1: ( ( rule__Baseline__ValueAssignment_2_1 ) )
            // InternalItup.g:3689:2: ( rule__Baseline__ValueAssignment_2_1 )
            {
             before(grammarAccess.getBaselineAccess().getValueAssignment_2_1()); 
            // InternalItup.g:3690:2: ( rule__Baseline__ValueAssignment_2_1 )
            // InternalItup.g:3690:3: rule__Baseline__ValueAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__ValueAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getValueAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__1__Impl"


    // $ANTLR start "rule__Baseline__Group_2__2"
    // InternalItup.g:3698:1: rule__Baseline__Group_2__2 : rule__Baseline__Group_2__2__Impl ;
    public final void rule__Baseline__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3702:1: ( rule__Baseline__Group_2__2__Impl )
            // InternalItup.g:3703:2: rule__Baseline__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__2"


    // $ANTLR start "rule__Baseline__Group_2__2__Impl"
    // InternalItup.g:3709:1: rule__Baseline__Group_2__2__Impl : ( ( rule__Baseline__UnitAssignment_2_2 )? ) ;
    public final void rule__Baseline__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3713:1: ( ( ( rule__Baseline__UnitAssignment_2_2 )? ) )
            // InternalItup.g:3714:1: ( ( rule__Baseline__UnitAssignment_2_2 )? )
            {
            // InternalItup.g:3714:1: ( ( rule__Baseline__UnitAssignment_2_2 )? )
            // InternalItup.g:3715:2: ( rule__Baseline__UnitAssignment_2_2 )?
            {
             before(grammarAccess.getBaselineAccess().getUnitAssignment_2_2()); 
            // InternalItup.g:3716:2: ( rule__Baseline__UnitAssignment_2_2 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:3716:3: rule__Baseline__UnitAssignment_2_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__UnitAssignment_2_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getUnitAssignment_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2__2__Impl"


    // $ANTLR start "rule__SdgLink__Group__0"
    // InternalItup.g:3725:1: rule__SdgLink__Group__0 : rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 ;
    public final void rule__SdgLink__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3729:1: ( rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 )
            // InternalItup.g:3730:2: rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1
            {
            pushFollow(FOLLOW_26);
            rule__SdgLink__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0"


    // $ANTLR start "rule__SdgLink__Group__0__Impl"
    // InternalItup.g:3737:1: rule__SdgLink__Group__0__Impl : ( ( rule__SdgLink__TargetAssignment_0 ) ) ;
    public final void rule__SdgLink__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3741:1: ( ( ( rule__SdgLink__TargetAssignment_0 ) ) )
            // InternalItup.g:3742:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            {
            // InternalItup.g:3742:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            // InternalItup.g:3743:2: ( rule__SdgLink__TargetAssignment_0 )
            {
             before(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 
            // InternalItup.g:3744:2: ( rule__SdgLink__TargetAssignment_0 )
            // InternalItup.g:3744:3: rule__SdgLink__TargetAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__TargetAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0__Impl"


    // $ANTLR start "rule__SdgLink__Group__1"
    // InternalItup.g:3752:1: rule__SdgLink__Group__1 : rule__SdgLink__Group__1__Impl ;
    public final void rule__SdgLink__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3756:1: ( rule__SdgLink__Group__1__Impl )
            // InternalItup.g:3757:2: rule__SdgLink__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1"


    // $ANTLR start "rule__SdgLink__Group__1__Impl"
    // InternalItup.g:3763:1: rule__SdgLink__Group__1__Impl : ( ( rule__SdgLink__Group_1__0 )? ) ;
    public final void rule__SdgLink__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3767:1: ( ( ( rule__SdgLink__Group_1__0 )? ) )
            // InternalItup.g:3768:1: ( ( rule__SdgLink__Group_1__0 )? )
            {
            // InternalItup.g:3768:1: ( ( rule__SdgLink__Group_1__0 )? )
            // InternalItup.g:3769:2: ( rule__SdgLink__Group_1__0 )?
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1()); 
            // InternalItup.g:3770:2: ( rule__SdgLink__Group_1__0 )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==54) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:3770:3: rule__SdgLink__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__SdgLink__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSdgLinkAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__0"
    // InternalItup.g:3779:1: rule__SdgLink__Group_1__0 : rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 ;
    public final void rule__SdgLink__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3783:1: ( rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 )
            // InternalItup.g:3784:2: rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0"


    // $ANTLR start "rule__SdgLink__Group_1__0__Impl"
    // InternalItup.g:3791:1: rule__SdgLink__Group_1__0__Impl : ( '(' ) ;
    public final void rule__SdgLink__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3795:1: ( ( '(' ) )
            // InternalItup.g:3796:1: ( '(' )
            {
            // InternalItup.g:3796:1: ( '(' )
            // InternalItup.g:3797:2: '('
            {
             before(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__1"
    // InternalItup.g:3806:1: rule__SdgLink__Group_1__1 : rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 ;
    public final void rule__SdgLink__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3810:1: ( rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 )
            // InternalItup.g:3811:2: rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2
            {
            pushFollow(FOLLOW_27);
            rule__SdgLink__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1"


    // $ANTLR start "rule__SdgLink__Group_1__1__Impl"
    // InternalItup.g:3818:1: rule__SdgLink__Group_1__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) ;
    public final void rule__SdgLink__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3822:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) )
            // InternalItup.g:3823:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            {
            // InternalItup.g:3823:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            // InternalItup.g:3824:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 
            // InternalItup.g:3825:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            // InternalItup.g:3825:3: rule__SdgLink__IndicatorsAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__2"
    // InternalItup.g:3833:1: rule__SdgLink__Group_1__2 : rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 ;
    public final void rule__SdgLink__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3837:1: ( rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 )
            // InternalItup.g:3838:2: rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3
            {
            pushFollow(FOLLOW_27);
            rule__SdgLink__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2"


    // $ANTLR start "rule__SdgLink__Group_1__2__Impl"
    // InternalItup.g:3845:1: rule__SdgLink__Group_1__2__Impl : ( ( rule__SdgLink__Group_1_2__0 )* ) ;
    public final void rule__SdgLink__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3849:1: ( ( ( rule__SdgLink__Group_1_2__0 )* ) )
            // InternalItup.g:3850:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            {
            // InternalItup.g:3850:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            // InternalItup.g:3851:2: ( rule__SdgLink__Group_1_2__0 )*
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 
            // InternalItup.g:3852:2: ( rule__SdgLink__Group_1_2__0 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==39) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalItup.g:3852:3: rule__SdgLink__Group_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__SdgLink__Group_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop44;
                }
            } while (true);

             after(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__3"
    // InternalItup.g:3860:1: rule__SdgLink__Group_1__3 : rule__SdgLink__Group_1__3__Impl ;
    public final void rule__SdgLink__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3864:1: ( rule__SdgLink__Group_1__3__Impl )
            // InternalItup.g:3865:2: rule__SdgLink__Group_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3"


    // $ANTLR start "rule__SdgLink__Group_1__3__Impl"
    // InternalItup.g:3871:1: rule__SdgLink__Group_1__3__Impl : ( ')' ) ;
    public final void rule__SdgLink__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3875:1: ( ( ')' ) )
            // InternalItup.g:3876:1: ( ')' )
            {
            // InternalItup.g:3876:1: ( ')' )
            // InternalItup.g:3877:2: ')'
            {
             before(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__0"
    // InternalItup.g:3887:1: rule__SdgLink__Group_1_2__0 : rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 ;
    public final void rule__SdgLink__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3891:1: ( rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 )
            // InternalItup.g:3892:2: rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0"


    // $ANTLR start "rule__SdgLink__Group_1_2__0__Impl"
    // InternalItup.g:3899:1: rule__SdgLink__Group_1_2__0__Impl : ( ',' ) ;
    public final void rule__SdgLink__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3903:1: ( ( ',' ) )
            // InternalItup.g:3904:1: ( ',' )
            {
            // InternalItup.g:3904:1: ( ',' )
            // InternalItup.g:3905:2: ','
            {
             before(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__1"
    // InternalItup.g:3914:1: rule__SdgLink__Group_1_2__1 : rule__SdgLink__Group_1_2__1__Impl ;
    public final void rule__SdgLink__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3918:1: ( rule__SdgLink__Group_1_2__1__Impl )
            // InternalItup.g:3919:2: rule__SdgLink__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1"


    // $ANTLR start "rule__SdgLink__Group_1_2__1__Impl"
    // InternalItup.g:3925:1: rule__SdgLink__Group_1_2__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) ;
    public final void rule__SdgLink__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3929:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) )
            // InternalItup.g:3930:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            {
            // InternalItup.g:3930:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            // InternalItup.g:3931:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 
            // InternalItup.g:3932:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            // InternalItup.g:3932:3: rule__SdgLink__IndicatorsAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1__Impl"


    // $ANTLR start "rule__Sector__Group__0"
    // InternalItup.g:3941:1: rule__Sector__Group__0 : rule__Sector__Group__0__Impl rule__Sector__Group__1 ;
    public final void rule__Sector__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3945:1: ( rule__Sector__Group__0__Impl rule__Sector__Group__1 )
            // InternalItup.g:3946:2: rule__Sector__Group__0__Impl rule__Sector__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0"


    // $ANTLR start "rule__Sector__Group__0__Impl"
    // InternalItup.g:3953:1: rule__Sector__Group__0__Impl : ( ( rule__Sector__KindAssignment_0 ) ) ;
    public final void rule__Sector__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3957:1: ( ( ( rule__Sector__KindAssignment_0 ) ) )
            // InternalItup.g:3958:1: ( ( rule__Sector__KindAssignment_0 ) )
            {
            // InternalItup.g:3958:1: ( ( rule__Sector__KindAssignment_0 ) )
            // InternalItup.g:3959:2: ( rule__Sector__KindAssignment_0 )
            {
             before(grammarAccess.getSectorAccess().getKindAssignment_0()); 
            // InternalItup.g:3960:2: ( rule__Sector__KindAssignment_0 )
            // InternalItup.g:3960:3: rule__Sector__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0__Impl"


    // $ANTLR start "rule__Sector__Group__1"
    // InternalItup.g:3968:1: rule__Sector__Group__1 : rule__Sector__Group__1__Impl rule__Sector__Group__2 ;
    public final void rule__Sector__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3972:1: ( rule__Sector__Group__1__Impl rule__Sector__Group__2 )
            // InternalItup.g:3973:2: rule__Sector__Group__1__Impl rule__Sector__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Sector__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1"


    // $ANTLR start "rule__Sector__Group__1__Impl"
    // InternalItup.g:3980:1: rule__Sector__Group__1__Impl : ( ( rule__Sector__NameAssignment_1 ) ) ;
    public final void rule__Sector__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3984:1: ( ( ( rule__Sector__NameAssignment_1 ) ) )
            // InternalItup.g:3985:1: ( ( rule__Sector__NameAssignment_1 ) )
            {
            // InternalItup.g:3985:1: ( ( rule__Sector__NameAssignment_1 ) )
            // InternalItup.g:3986:2: ( rule__Sector__NameAssignment_1 )
            {
             before(grammarAccess.getSectorAccess().getNameAssignment_1()); 
            // InternalItup.g:3987:2: ( rule__Sector__NameAssignment_1 )
            // InternalItup.g:3987:3: rule__Sector__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1__Impl"


    // $ANTLR start "rule__Sector__Group__2"
    // InternalItup.g:3995:1: rule__Sector__Group__2 : rule__Sector__Group__2__Impl rule__Sector__Group__3 ;
    public final void rule__Sector__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3999:1: ( rule__Sector__Group__2__Impl rule__Sector__Group__3 )
            // InternalItup.g:4000:2: rule__Sector__Group__2__Impl rule__Sector__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Sector__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2"


    // $ANTLR start "rule__Sector__Group__2__Impl"
    // InternalItup.g:4007:1: rule__Sector__Group__2__Impl : ( ( rule__Sector__TitleAssignment_2 )? ) ;
    public final void rule__Sector__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4011:1: ( ( ( rule__Sector__TitleAssignment_2 )? ) )
            // InternalItup.g:4012:1: ( ( rule__Sector__TitleAssignment_2 )? )
            {
            // InternalItup.g:4012:1: ( ( rule__Sector__TitleAssignment_2 )? )
            // InternalItup.g:4013:2: ( rule__Sector__TitleAssignment_2 )?
            {
             before(grammarAccess.getSectorAccess().getTitleAssignment_2()); 
            // InternalItup.g:4014:2: ( rule__Sector__TitleAssignment_2 )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:4014:3: rule__Sector__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2__Impl"


    // $ANTLR start "rule__Sector__Group__3"
    // InternalItup.g:4022:1: rule__Sector__Group__3 : rule__Sector__Group__3__Impl rule__Sector__Group__4 ;
    public final void rule__Sector__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4026:1: ( rule__Sector__Group__3__Impl rule__Sector__Group__4 )
            // InternalItup.g:4027:2: rule__Sector__Group__3__Impl rule__Sector__Group__4
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3"


    // $ANTLR start "rule__Sector__Group__3__Impl"
    // InternalItup.g:4034:1: rule__Sector__Group__3__Impl : ( '{' ) ;
    public final void rule__Sector__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4038:1: ( ( '{' ) )
            // InternalItup.g:4039:1: ( '{' )
            {
            // InternalItup.g:4039:1: ( '{' )
            // InternalItup.g:4040:2: '{'
            {
             before(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3__Impl"


    // $ANTLR start "rule__Sector__Group__4"
    // InternalItup.g:4049:1: rule__Sector__Group__4 : rule__Sector__Group__4__Impl rule__Sector__Group__5 ;
    public final void rule__Sector__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4053:1: ( rule__Sector__Group__4__Impl rule__Sector__Group__5 )
            // InternalItup.g:4054:2: rule__Sector__Group__4__Impl rule__Sector__Group__5
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4"


    // $ANTLR start "rule__Sector__Group__4__Impl"
    // InternalItup.g:4061:1: rule__Sector__Group__4__Impl : ( ( rule__Sector__Group_4__0 )? ) ;
    public final void rule__Sector__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4065:1: ( ( ( rule__Sector__Group_4__0 )? ) )
            // InternalItup.g:4066:1: ( ( rule__Sector__Group_4__0 )? )
            {
            // InternalItup.g:4066:1: ( ( rule__Sector__Group_4__0 )? )
            // InternalItup.g:4067:2: ( rule__Sector__Group_4__0 )?
            {
             before(grammarAccess.getSectorAccess().getGroup_4()); 
            // InternalItup.g:4068:2: ( rule__Sector__Group_4__0 )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==56) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalItup.g:4068:3: rule__Sector__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4__Impl"


    // $ANTLR start "rule__Sector__Group__5"
    // InternalItup.g:4076:1: rule__Sector__Group__5 : rule__Sector__Group__5__Impl rule__Sector__Group__6 ;
    public final void rule__Sector__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4080:1: ( rule__Sector__Group__5__Impl rule__Sector__Group__6 )
            // InternalItup.g:4081:2: rule__Sector__Group__5__Impl rule__Sector__Group__6
            {
            pushFollow(FOLLOW_28);
            rule__Sector__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5"


    // $ANTLR start "rule__Sector__Group__5__Impl"
    // InternalItup.g:4088:1: rule__Sector__Group__5__Impl : ( ( rule__Sector__Alternatives_5 )* ) ;
    public final void rule__Sector__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4092:1: ( ( ( rule__Sector__Alternatives_5 )* ) )
            // InternalItup.g:4093:1: ( ( rule__Sector__Alternatives_5 )* )
            {
            // InternalItup.g:4093:1: ( ( rule__Sector__Alternatives_5 )* )
            // InternalItup.g:4094:2: ( rule__Sector__Alternatives_5 )*
            {
             before(grammarAccess.getSectorAccess().getAlternatives_5()); 
            // InternalItup.g:4095:2: ( rule__Sector__Alternatives_5 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==57||LA47_0==65) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalItup.g:4095:3: rule__Sector__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_29);
            	    rule__Sector__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

             after(grammarAccess.getSectorAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5__Impl"


    // $ANTLR start "rule__Sector__Group__6"
    // InternalItup.g:4103:1: rule__Sector__Group__6 : rule__Sector__Group__6__Impl ;
    public final void rule__Sector__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4107:1: ( rule__Sector__Group__6__Impl )
            // InternalItup.g:4108:2: rule__Sector__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6"


    // $ANTLR start "rule__Sector__Group__6__Impl"
    // InternalItup.g:4114:1: rule__Sector__Group__6__Impl : ( '}' ) ;
    public final void rule__Sector__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4118:1: ( ( '}' ) )
            // InternalItup.g:4119:1: ( '}' )
            {
            // InternalItup.g:4119:1: ( '}' )
            // InternalItup.g:4120:2: '}'
            {
             before(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6__Impl"


    // $ANTLR start "rule__Sector__Group_4__0"
    // InternalItup.g:4130:1: rule__Sector__Group_4__0 : rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 ;
    public final void rule__Sector__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4134:1: ( rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 )
            // InternalItup.g:4135:2: rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0"


    // $ANTLR start "rule__Sector__Group_4__0__Impl"
    // InternalItup.g:4142:1: rule__Sector__Group_4__0__Impl : ( 'bureau' ) ;
    public final void rule__Sector__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4146:1: ( ( 'bureau' ) )
            // InternalItup.g:4147:1: ( 'bureau' )
            {
            // InternalItup.g:4147:1: ( 'bureau' )
            // InternalItup.g:4148:2: 'bureau'
            {
             before(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0__Impl"


    // $ANTLR start "rule__Sector__Group_4__1"
    // InternalItup.g:4157:1: rule__Sector__Group_4__1 : rule__Sector__Group_4__1__Impl ;
    public final void rule__Sector__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4161:1: ( rule__Sector__Group_4__1__Impl )
            // InternalItup.g:4162:2: rule__Sector__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1"


    // $ANTLR start "rule__Sector__Group_4__1__Impl"
    // InternalItup.g:4168:1: rule__Sector__Group_4__1__Impl : ( ( rule__Sector__BureauAssignment_4_1 ) ) ;
    public final void rule__Sector__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4172:1: ( ( ( rule__Sector__BureauAssignment_4_1 ) ) )
            // InternalItup.g:4173:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            {
            // InternalItup.g:4173:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            // InternalItup.g:4174:2: ( rule__Sector__BureauAssignment_4_1 )
            {
             before(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 
            // InternalItup.g:4175:2: ( rule__Sector__BureauAssignment_4_1 )
            // InternalItup.g:4175:3: rule__Sector__BureauAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__BureauAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1__Impl"


    // $ANTLR start "rule__Bureau__Group__0"
    // InternalItup.g:4184:1: rule__Bureau__Group__0 : rule__Bureau__Group__0__Impl rule__Bureau__Group__1 ;
    public final void rule__Bureau__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4188:1: ( rule__Bureau__Group__0__Impl rule__Bureau__Group__1 )
            // InternalItup.g:4189:2: rule__Bureau__Group__0__Impl rule__Bureau__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__Bureau__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0"


    // $ANTLR start "rule__Bureau__Group__0__Impl"
    // InternalItup.g:4196:1: rule__Bureau__Group__0__Impl : ( ( rule__Bureau__NameAssignment_0 ) ) ;
    public final void rule__Bureau__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4200:1: ( ( ( rule__Bureau__NameAssignment_0 ) ) )
            // InternalItup.g:4201:1: ( ( rule__Bureau__NameAssignment_0 ) )
            {
            // InternalItup.g:4201:1: ( ( rule__Bureau__NameAssignment_0 ) )
            // InternalItup.g:4202:2: ( rule__Bureau__NameAssignment_0 )
            {
             before(grammarAccess.getBureauAccess().getNameAssignment_0()); 
            // InternalItup.g:4203:2: ( rule__Bureau__NameAssignment_0 )
            // InternalItup.g:4203:3: rule__Bureau__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0__Impl"


    // $ANTLR start "rule__Bureau__Group__1"
    // InternalItup.g:4211:1: rule__Bureau__Group__1 : rule__Bureau__Group__1__Impl ;
    public final void rule__Bureau__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4215:1: ( rule__Bureau__Group__1__Impl )
            // InternalItup.g:4216:2: rule__Bureau__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1"


    // $ANTLR start "rule__Bureau__Group__1__Impl"
    // InternalItup.g:4222:1: rule__Bureau__Group__1__Impl : ( ( rule__Bureau__TitleAssignment_1 )? ) ;
    public final void rule__Bureau__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4226:1: ( ( ( rule__Bureau__TitleAssignment_1 )? ) )
            // InternalItup.g:4227:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            {
            // InternalItup.g:4227:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            // InternalItup.g:4228:2: ( rule__Bureau__TitleAssignment_1 )?
            {
             before(grammarAccess.getBureauAccess().getTitleAssignment_1()); 
            // InternalItup.g:4229:2: ( rule__Bureau__TitleAssignment_1 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==RULE_STRING) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalItup.g:4229:3: rule__Bureau__TitleAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Bureau__TitleAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBureauAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__0"
    // InternalItup.g:4238:1: rule__Objective__Group__0 : rule__Objective__Group__0__Impl rule__Objective__Group__1 ;
    public final void rule__Objective__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4242:1: ( rule__Objective__Group__0__Impl rule__Objective__Group__1 )
            // InternalItup.g:4243:2: rule__Objective__Group__0__Impl rule__Objective__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0"


    // $ANTLR start "rule__Objective__Group__0__Impl"
    // InternalItup.g:4250:1: rule__Objective__Group__0__Impl : ( 'objective' ) ;
    public final void rule__Objective__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4254:1: ( ( 'objective' ) )
            // InternalItup.g:4255:1: ( 'objective' )
            {
            // InternalItup.g:4255:1: ( 'objective' )
            // InternalItup.g:4256:2: 'objective'
            {
             before(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0__Impl"


    // $ANTLR start "rule__Objective__Group__1"
    // InternalItup.g:4265:1: rule__Objective__Group__1 : rule__Objective__Group__1__Impl rule__Objective__Group__2 ;
    public final void rule__Objective__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4269:1: ( rule__Objective__Group__1__Impl rule__Objective__Group__2 )
            // InternalItup.g:4270:2: rule__Objective__Group__1__Impl rule__Objective__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Objective__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1"


    // $ANTLR start "rule__Objective__Group__1__Impl"
    // InternalItup.g:4277:1: rule__Objective__Group__1__Impl : ( ( rule__Objective__NameAssignment_1 ) ) ;
    public final void rule__Objective__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4281:1: ( ( ( rule__Objective__NameAssignment_1 ) ) )
            // InternalItup.g:4282:1: ( ( rule__Objective__NameAssignment_1 ) )
            {
            // InternalItup.g:4282:1: ( ( rule__Objective__NameAssignment_1 ) )
            // InternalItup.g:4283:2: ( rule__Objective__NameAssignment_1 )
            {
             before(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 
            // InternalItup.g:4284:2: ( rule__Objective__NameAssignment_1 )
            // InternalItup.g:4284:3: rule__Objective__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__2"
    // InternalItup.g:4292:1: rule__Objective__Group__2 : rule__Objective__Group__2__Impl rule__Objective__Group__3 ;
    public final void rule__Objective__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4296:1: ( rule__Objective__Group__2__Impl rule__Objective__Group__3 )
            // InternalItup.g:4297:2: rule__Objective__Group__2__Impl rule__Objective__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Objective__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2"


    // $ANTLR start "rule__Objective__Group__2__Impl"
    // InternalItup.g:4304:1: rule__Objective__Group__2__Impl : ( ( rule__Objective__TitleAssignment_2 )? ) ;
    public final void rule__Objective__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4308:1: ( ( ( rule__Objective__TitleAssignment_2 )? ) )
            // InternalItup.g:4309:1: ( ( rule__Objective__TitleAssignment_2 )? )
            {
            // InternalItup.g:4309:1: ( ( rule__Objective__TitleAssignment_2 )? )
            // InternalItup.g:4310:2: ( rule__Objective__TitleAssignment_2 )?
            {
             before(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 
            // InternalItup.g:4311:2: ( rule__Objective__TitleAssignment_2 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_STRING) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:4311:3: rule__Objective__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2__Impl"


    // $ANTLR start "rule__Objective__Group__3"
    // InternalItup.g:4319:1: rule__Objective__Group__3 : rule__Objective__Group__3__Impl rule__Objective__Group__4 ;
    public final void rule__Objective__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4323:1: ( rule__Objective__Group__3__Impl rule__Objective__Group__4 )
            // InternalItup.g:4324:2: rule__Objective__Group__3__Impl rule__Objective__Group__4
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3"


    // $ANTLR start "rule__Objective__Group__3__Impl"
    // InternalItup.g:4331:1: rule__Objective__Group__3__Impl : ( '{' ) ;
    public final void rule__Objective__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4335:1: ( ( '{' ) )
            // InternalItup.g:4336:1: ( '{' )
            {
            // InternalItup.g:4336:1: ( '{' )
            // InternalItup.g:4337:2: '{'
            {
             before(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3__Impl"


    // $ANTLR start "rule__Objective__Group__4"
    // InternalItup.g:4346:1: rule__Objective__Group__4 : rule__Objective__Group__4__Impl rule__Objective__Group__5 ;
    public final void rule__Objective__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4350:1: ( rule__Objective__Group__4__Impl rule__Objective__Group__5 )
            // InternalItup.g:4351:2: rule__Objective__Group__4__Impl rule__Objective__Group__5
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4"


    // $ANTLR start "rule__Objective__Group__4__Impl"
    // InternalItup.g:4358:1: rule__Objective__Group__4__Impl : ( ( rule__Objective__Group_4__0 )? ) ;
    public final void rule__Objective__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4362:1: ( ( ( rule__Objective__Group_4__0 )? ) )
            // InternalItup.g:4363:1: ( ( rule__Objective__Group_4__0 )? )
            {
            // InternalItup.g:4363:1: ( ( rule__Objective__Group_4__0 )? )
            // InternalItup.g:4364:2: ( rule__Objective__Group_4__0 )?
            {
             before(grammarAccess.getObjectiveAccess().getGroup_4()); 
            // InternalItup.g:4365:2: ( rule__Objective__Group_4__0 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==49) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:4365:3: rule__Objective__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4__Impl"


    // $ANTLR start "rule__Objective__Group__5"
    // InternalItup.g:4373:1: rule__Objective__Group__5 : rule__Objective__Group__5__Impl rule__Objective__Group__6 ;
    public final void rule__Objective__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4377:1: ( rule__Objective__Group__5__Impl rule__Objective__Group__6 )
            // InternalItup.g:4378:2: rule__Objective__Group__5__Impl rule__Objective__Group__6
            {
            pushFollow(FOLLOW_30);
            rule__Objective__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5"


    // $ANTLR start "rule__Objective__Group__5__Impl"
    // InternalItup.g:4385:1: rule__Objective__Group__5__Impl : ( ( rule__Objective__Alternatives_5 )* ) ;
    public final void rule__Objective__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4389:1: ( ( ( rule__Objective__Alternatives_5 )* ) )
            // InternalItup.g:4390:1: ( ( rule__Objective__Alternatives_5 )* )
            {
            // InternalItup.g:4390:1: ( ( rule__Objective__Alternatives_5 )* )
            // InternalItup.g:4391:2: ( rule__Objective__Alternatives_5 )*
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5()); 
            // InternalItup.g:4392:2: ( rule__Objective__Alternatives_5 )*
            loop51:
            do {
                int alt51=2;
                int LA51_0 = input.LA(1);

                if ( (LA51_0==43||(LA51_0>=58 && LA51_0<=61)) ) {
                    alt51=1;
                }


                switch (alt51) {
            	case 1 :
            	    // InternalItup.g:4392:3: rule__Objective__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_31);
            	    rule__Objective__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop51;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5__Impl"


    // $ANTLR start "rule__Objective__Group__6"
    // InternalItup.g:4400:1: rule__Objective__Group__6 : rule__Objective__Group__6__Impl ;
    public final void rule__Objective__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4404:1: ( rule__Objective__Group__6__Impl )
            // InternalItup.g:4405:2: rule__Objective__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6"


    // $ANTLR start "rule__Objective__Group__6__Impl"
    // InternalItup.g:4411:1: rule__Objective__Group__6__Impl : ( '}' ) ;
    public final void rule__Objective__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4415:1: ( ( '}' ) )
            // InternalItup.g:4416:1: ( '}' )
            {
            // InternalItup.g:4416:1: ( '}' )
            // InternalItup.g:4417:2: '}'
            {
             before(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6__Impl"


    // $ANTLR start "rule__Objective__Group_4__0"
    // InternalItup.g:4427:1: rule__Objective__Group_4__0 : rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 ;
    public final void rule__Objective__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4431:1: ( rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 )
            // InternalItup.g:4432:2: rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Objective__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0"


    // $ANTLR start "rule__Objective__Group_4__0__Impl"
    // InternalItup.g:4439:1: rule__Objective__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Objective__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4443:1: ( ( 'statement' ) )
            // InternalItup.g:4444:1: ( 'statement' )
            {
            // InternalItup.g:4444:1: ( 'statement' )
            // InternalItup.g:4445:2: 'statement'
            {
             before(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0__Impl"


    // $ANTLR start "rule__Objective__Group_4__1"
    // InternalItup.g:4454:1: rule__Objective__Group_4__1 : rule__Objective__Group_4__1__Impl ;
    public final void rule__Objective__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4458:1: ( rule__Objective__Group_4__1__Impl )
            // InternalItup.g:4459:2: rule__Objective__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1"


    // $ANTLR start "rule__Objective__Group_4__1__Impl"
    // InternalItup.g:4465:1: rule__Objective__Group_4__1__Impl : ( ( rule__Objective__StatementAssignment_4_1 ) ) ;
    public final void rule__Objective__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4469:1: ( ( ( rule__Objective__StatementAssignment_4_1 ) ) )
            // InternalItup.g:4470:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:4470:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            // InternalItup.g:4471:2: ( rule__Objective__StatementAssignment_4_1 )
            {
             before(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:4472:2: ( rule__Objective__StatementAssignment_4_1 )
            // InternalItup.g:4472:3: rule__Objective__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__0"
    // InternalItup.g:4481:1: rule__Objective__Group_5_0__0 : rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 ;
    public final void rule__Objective__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4485:1: ( rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 )
            // InternalItup.g:4486:2: rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0"


    // $ANTLR start "rule__Objective__Group_5_0__0__Impl"
    // InternalItup.g:4493:1: rule__Objective__Group_5_0__0__Impl : ( 'primary' ) ;
    public final void rule__Objective__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4497:1: ( ( 'primary' ) )
            // InternalItup.g:4498:1: ( 'primary' )
            {
            // InternalItup.g:4498:1: ( 'primary' )
            // InternalItup.g:4499:2: 'primary'
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__1"
    // InternalItup.g:4508:1: rule__Objective__Group_5_0__1 : rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 ;
    public final void rule__Objective__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4512:1: ( rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 )
            // InternalItup.g:4513:2: rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1"


    // $ANTLR start "rule__Objective__Group_5_0__1__Impl"
    // InternalItup.g:4520:1: rule__Objective__Group_5_0__1__Impl : ( ( rule__Objective__Alternatives_5_0_1 ) ) ;
    public final void rule__Objective__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4524:1: ( ( ( rule__Objective__Alternatives_5_0_1 ) ) )
            // InternalItup.g:4525:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            {
            // InternalItup.g:4525:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            // InternalItup.g:4526:2: ( rule__Objective__Alternatives_5_0_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 
            // InternalItup.g:4527:2: ( rule__Objective__Alternatives_5_0_1 )
            // InternalItup.g:4527:3: rule__Objective__Alternatives_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__2"
    // InternalItup.g:4535:1: rule__Objective__Group_5_0__2 : rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 ;
    public final void rule__Objective__Group_5_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4539:1: ( rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 )
            // InternalItup.g:4540:2: rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2"


    // $ANTLR start "rule__Objective__Group_5_0__2__Impl"
    // InternalItup.g:4547:1: rule__Objective__Group_5_0__2__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) ;
    public final void rule__Objective__Group_5_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4551:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) )
            // InternalItup.g:4552:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            {
            // InternalItup.g:4552:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            // InternalItup.g:4553:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 
            // InternalItup.g:4554:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            // InternalItup.g:4554:3: rule__Objective__PrimaryGoalsAssignment_5_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__3"
    // InternalItup.g:4562:1: rule__Objective__Group_5_0__3 : rule__Objective__Group_5_0__3__Impl ;
    public final void rule__Objective__Group_5_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4566:1: ( rule__Objective__Group_5_0__3__Impl )
            // InternalItup.g:4567:2: rule__Objective__Group_5_0__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3"


    // $ANTLR start "rule__Objective__Group_5_0__3__Impl"
    // InternalItup.g:4573:1: rule__Objective__Group_5_0__3__Impl : ( ( rule__Objective__Group_5_0_3__0 )* ) ;
    public final void rule__Objective__Group_5_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4577:1: ( ( ( rule__Objective__Group_5_0_3__0 )* ) )
            // InternalItup.g:4578:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            {
            // InternalItup.g:4578:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            // InternalItup.g:4579:2: ( rule__Objective__Group_5_0_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 
            // InternalItup.g:4580:2: ( rule__Objective__Group_5_0_3__0 )*
            loop52:
            do {
                int alt52=2;
                int LA52_0 = input.LA(1);

                if ( (LA52_0==39) ) {
                    alt52=1;
                }


                switch (alt52) {
            	case 1 :
            	    // InternalItup.g:4580:3: rule__Objective__Group_5_0_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_0_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop52;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__0"
    // InternalItup.g:4589:1: rule__Objective__Group_5_0_3__0 : rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 ;
    public final void rule__Objective__Group_5_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4593:1: ( rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 )
            // InternalItup.g:4594:2: rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0"


    // $ANTLR start "rule__Objective__Group_5_0_3__0__Impl"
    // InternalItup.g:4601:1: rule__Objective__Group_5_0_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4605:1: ( ( ',' ) )
            // InternalItup.g:4606:1: ( ',' )
            {
            // InternalItup.g:4606:1: ( ',' )
            // InternalItup.g:4607:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__1"
    // InternalItup.g:4616:1: rule__Objective__Group_5_0_3__1 : rule__Objective__Group_5_0_3__1__Impl ;
    public final void rule__Objective__Group_5_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4620:1: ( rule__Objective__Group_5_0_3__1__Impl )
            // InternalItup.g:4621:2: rule__Objective__Group_5_0_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1"


    // $ANTLR start "rule__Objective__Group_5_0_3__1__Impl"
    // InternalItup.g:4627:1: rule__Objective__Group_5_0_3__1__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) ;
    public final void rule__Objective__Group_5_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4631:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) )
            // InternalItup.g:4632:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            {
            // InternalItup.g:4632:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            // InternalItup.g:4633:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 
            // InternalItup.g:4634:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            // InternalItup.g:4634:3: rule__Objective__PrimaryGoalsAssignment_5_0_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__0"
    // InternalItup.g:4643:1: rule__Objective__Group_5_1__0 : rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 ;
    public final void rule__Objective__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4647:1: ( rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 )
            // InternalItup.g:4648:2: rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0"


    // $ANTLR start "rule__Objective__Group_5_1__0__Impl"
    // InternalItup.g:4655:1: rule__Objective__Group_5_1__0__Impl : ( 'secondary' ) ;
    public final void rule__Objective__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4659:1: ( ( 'secondary' ) )
            // InternalItup.g:4660:1: ( 'secondary' )
            {
            // InternalItup.g:4660:1: ( 'secondary' )
            // InternalItup.g:4661:2: 'secondary'
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__1"
    // InternalItup.g:4670:1: rule__Objective__Group_5_1__1 : rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 ;
    public final void rule__Objective__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4674:1: ( rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 )
            // InternalItup.g:4675:2: rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1"


    // $ANTLR start "rule__Objective__Group_5_1__1__Impl"
    // InternalItup.g:4682:1: rule__Objective__Group_5_1__1__Impl : ( ( rule__Objective__Alternatives_5_1_1 ) ) ;
    public final void rule__Objective__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4686:1: ( ( ( rule__Objective__Alternatives_5_1_1 ) ) )
            // InternalItup.g:4687:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            {
            // InternalItup.g:4687:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            // InternalItup.g:4688:2: ( rule__Objective__Alternatives_5_1_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 
            // InternalItup.g:4689:2: ( rule__Objective__Alternatives_5_1_1 )
            // InternalItup.g:4689:3: rule__Objective__Alternatives_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__2"
    // InternalItup.g:4697:1: rule__Objective__Group_5_1__2 : rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 ;
    public final void rule__Objective__Group_5_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4701:1: ( rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 )
            // InternalItup.g:4702:2: rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2"


    // $ANTLR start "rule__Objective__Group_5_1__2__Impl"
    // InternalItup.g:4709:1: rule__Objective__Group_5_1__2__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) ;
    public final void rule__Objective__Group_5_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4713:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) )
            // InternalItup.g:4714:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            {
            // InternalItup.g:4714:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            // InternalItup.g:4715:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 
            // InternalItup.g:4716:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            // InternalItup.g:4716:3: rule__Objective__SecondaryGoalsAssignment_5_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__3"
    // InternalItup.g:4724:1: rule__Objective__Group_5_1__3 : rule__Objective__Group_5_1__3__Impl ;
    public final void rule__Objective__Group_5_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4728:1: ( rule__Objective__Group_5_1__3__Impl )
            // InternalItup.g:4729:2: rule__Objective__Group_5_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3"


    // $ANTLR start "rule__Objective__Group_5_1__3__Impl"
    // InternalItup.g:4735:1: rule__Objective__Group_5_1__3__Impl : ( ( rule__Objective__Group_5_1_3__0 )* ) ;
    public final void rule__Objective__Group_5_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4739:1: ( ( ( rule__Objective__Group_5_1_3__0 )* ) )
            // InternalItup.g:4740:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            {
            // InternalItup.g:4740:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            // InternalItup.g:4741:2: ( rule__Objective__Group_5_1_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 
            // InternalItup.g:4742:2: ( rule__Objective__Group_5_1_3__0 )*
            loop53:
            do {
                int alt53=2;
                int LA53_0 = input.LA(1);

                if ( (LA53_0==39) ) {
                    alt53=1;
                }


                switch (alt53) {
            	case 1 :
            	    // InternalItup.g:4742:3: rule__Objective__Group_5_1_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_1_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop53;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__0"
    // InternalItup.g:4751:1: rule__Objective__Group_5_1_3__0 : rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 ;
    public final void rule__Objective__Group_5_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4755:1: ( rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 )
            // InternalItup.g:4756:2: rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0"


    // $ANTLR start "rule__Objective__Group_5_1_3__0__Impl"
    // InternalItup.g:4763:1: rule__Objective__Group_5_1_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4767:1: ( ( ',' ) )
            // InternalItup.g:4768:1: ( ',' )
            {
            // InternalItup.g:4768:1: ( ',' )
            // InternalItup.g:4769:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__1"
    // InternalItup.g:4778:1: rule__Objective__Group_5_1_3__1 : rule__Objective__Group_5_1_3__1__Impl ;
    public final void rule__Objective__Group_5_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4782:1: ( rule__Objective__Group_5_1_3__1__Impl )
            // InternalItup.g:4783:2: rule__Objective__Group_5_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1"


    // $ANTLR start "rule__Objective__Group_5_1_3__1__Impl"
    // InternalItup.g:4789:1: rule__Objective__Group_5_1_3__1__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) ;
    public final void rule__Objective__Group_5_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4793:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) )
            // InternalItup.g:4794:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            {
            // InternalItup.g:4794:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            // InternalItup.g:4795:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 
            // InternalItup.g:4796:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            // InternalItup.g:4796:3: rule__Objective__SecondaryGoalsAssignment_5_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__0"
    // InternalItup.g:4805:1: rule__Objective__Group_5_2__0 : rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 ;
    public final void rule__Objective__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4809:1: ( rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 )
            // InternalItup.g:4810:2: rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0"


    // $ANTLR start "rule__Objective__Group_5_2__0__Impl"
    // InternalItup.g:4817:1: rule__Objective__Group_5_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Objective__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4821:1: ( ( 'wsis' ) )
            // InternalItup.g:4822:1: ( 'wsis' )
            {
            // InternalItup.g:4822:1: ( 'wsis' )
            // InternalItup.g:4823:2: 'wsis'
            {
             before(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__1"
    // InternalItup.g:4832:1: rule__Objective__Group_5_2__1 : rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 ;
    public final void rule__Objective__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4836:1: ( rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 )
            // InternalItup.g:4837:2: rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1"


    // $ANTLR start "rule__Objective__Group_5_2__1__Impl"
    // InternalItup.g:4844:1: rule__Objective__Group_5_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) ;
    public final void rule__Objective__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4848:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) )
            // InternalItup.g:4849:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            {
            // InternalItup.g:4849:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            // InternalItup.g:4850:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 
            // InternalItup.g:4851:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            // InternalItup.g:4851:3: rule__Objective__WsisActionLinesAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__2"
    // InternalItup.g:4859:1: rule__Objective__Group_5_2__2 : rule__Objective__Group_5_2__2__Impl ;
    public final void rule__Objective__Group_5_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4863:1: ( rule__Objective__Group_5_2__2__Impl )
            // InternalItup.g:4864:2: rule__Objective__Group_5_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2"


    // $ANTLR start "rule__Objective__Group_5_2__2__Impl"
    // InternalItup.g:4870:1: rule__Objective__Group_5_2__2__Impl : ( ( rule__Objective__Group_5_2_2__0 )* ) ;
    public final void rule__Objective__Group_5_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4874:1: ( ( ( rule__Objective__Group_5_2_2__0 )* ) )
            // InternalItup.g:4875:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            {
            // InternalItup.g:4875:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            // InternalItup.g:4876:2: ( rule__Objective__Group_5_2_2__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 
            // InternalItup.g:4877:2: ( rule__Objective__Group_5_2_2__0 )*
            loop54:
            do {
                int alt54=2;
                int LA54_0 = input.LA(1);

                if ( (LA54_0==39) ) {
                    alt54=1;
                }


                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:4877:3: rule__Objective__Group_5_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop54;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__0"
    // InternalItup.g:4886:1: rule__Objective__Group_5_2_2__0 : rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 ;
    public final void rule__Objective__Group_5_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4890:1: ( rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 )
            // InternalItup.g:4891:2: rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0"


    // $ANTLR start "rule__Objective__Group_5_2_2__0__Impl"
    // InternalItup.g:4898:1: rule__Objective__Group_5_2_2__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4902:1: ( ( ',' ) )
            // InternalItup.g:4903:1: ( ',' )
            {
            // InternalItup.g:4903:1: ( ',' )
            // InternalItup.g:4904:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__1"
    // InternalItup.g:4913:1: rule__Objective__Group_5_2_2__1 : rule__Objective__Group_5_2_2__1__Impl ;
    public final void rule__Objective__Group_5_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4917:1: ( rule__Objective__Group_5_2_2__1__Impl )
            // InternalItup.g:4918:2: rule__Objective__Group_5_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1"


    // $ANTLR start "rule__Objective__Group_5_2_2__1__Impl"
    // InternalItup.g:4924:1: rule__Objective__Group_5_2_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) ;
    public final void rule__Objective__Group_5_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4928:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) )
            // InternalItup.g:4929:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            {
            // InternalItup.g:4929:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            // InternalItup.g:4930:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 
            // InternalItup.g:4931:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            // InternalItup.g:4931:3: rule__Objective__WsisActionLinesAssignment_5_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1__Impl"


    // $ANTLR start "rule__Outcome__Group__0"
    // InternalItup.g:4940:1: rule__Outcome__Group__0 : rule__Outcome__Group__0__Impl rule__Outcome__Group__1 ;
    public final void rule__Outcome__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4944:1: ( rule__Outcome__Group__0__Impl rule__Outcome__Group__1 )
            // InternalItup.g:4945:2: rule__Outcome__Group__0__Impl rule__Outcome__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Outcome__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0"


    // $ANTLR start "rule__Outcome__Group__0__Impl"
    // InternalItup.g:4952:1: rule__Outcome__Group__0__Impl : ( 'outcome' ) ;
    public final void rule__Outcome__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4956:1: ( ( 'outcome' ) )
            // InternalItup.g:4957:1: ( 'outcome' )
            {
            // InternalItup.g:4957:1: ( 'outcome' )
            // InternalItup.g:4958:2: 'outcome'
            {
             before(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0__Impl"


    // $ANTLR start "rule__Outcome__Group__1"
    // InternalItup.g:4967:1: rule__Outcome__Group__1 : rule__Outcome__Group__1__Impl rule__Outcome__Group__2 ;
    public final void rule__Outcome__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4971:1: ( rule__Outcome__Group__1__Impl rule__Outcome__Group__2 )
            // InternalItup.g:4972:2: rule__Outcome__Group__1__Impl rule__Outcome__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Outcome__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1"


    // $ANTLR start "rule__Outcome__Group__1__Impl"
    // InternalItup.g:4979:1: rule__Outcome__Group__1__Impl : ( ( rule__Outcome__NameAssignment_1 ) ) ;
    public final void rule__Outcome__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4983:1: ( ( ( rule__Outcome__NameAssignment_1 ) ) )
            // InternalItup.g:4984:1: ( ( rule__Outcome__NameAssignment_1 ) )
            {
            // InternalItup.g:4984:1: ( ( rule__Outcome__NameAssignment_1 ) )
            // InternalItup.g:4985:2: ( rule__Outcome__NameAssignment_1 )
            {
             before(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 
            // InternalItup.g:4986:2: ( rule__Outcome__NameAssignment_1 )
            // InternalItup.g:4986:3: rule__Outcome__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1__Impl"


    // $ANTLR start "rule__Outcome__Group__2"
    // InternalItup.g:4994:1: rule__Outcome__Group__2 : rule__Outcome__Group__2__Impl rule__Outcome__Group__3 ;
    public final void rule__Outcome__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4998:1: ( rule__Outcome__Group__2__Impl rule__Outcome__Group__3 )
            // InternalItup.g:4999:2: rule__Outcome__Group__2__Impl rule__Outcome__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Outcome__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2"


    // $ANTLR start "rule__Outcome__Group__2__Impl"
    // InternalItup.g:5006:1: rule__Outcome__Group__2__Impl : ( ( rule__Outcome__StatementAssignment_2 )? ) ;
    public final void rule__Outcome__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5010:1: ( ( ( rule__Outcome__StatementAssignment_2 )? ) )
            // InternalItup.g:5011:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            {
            // InternalItup.g:5011:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            // InternalItup.g:5012:2: ( rule__Outcome__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 
            // InternalItup.g:5013:2: ( rule__Outcome__StatementAssignment_2 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:5013:3: rule__Outcome__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2__Impl"


    // $ANTLR start "rule__Outcome__Group__3"
    // InternalItup.g:5021:1: rule__Outcome__Group__3 : rule__Outcome__Group__3__Impl ;
    public final void rule__Outcome__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5025:1: ( rule__Outcome__Group__3__Impl )
            // InternalItup.g:5026:2: rule__Outcome__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3"


    // $ANTLR start "rule__Outcome__Group__3__Impl"
    // InternalItup.g:5032:1: rule__Outcome__Group__3__Impl : ( ( rule__Outcome__Group_3__0 )? ) ;
    public final void rule__Outcome__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5036:1: ( ( ( rule__Outcome__Group_3__0 )? ) )
            // InternalItup.g:5037:1: ( ( rule__Outcome__Group_3__0 )? )
            {
            // InternalItup.g:5037:1: ( ( rule__Outcome__Group_3__0 )? )
            // InternalItup.g:5038:2: ( rule__Outcome__Group_3__0 )?
            {
             before(grammarAccess.getOutcomeAccess().getGroup_3()); 
            // InternalItup.g:5039:2: ( rule__Outcome__Group_3__0 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==41) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:5039:3: rule__Outcome__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3__Impl"


    // $ANTLR start "rule__Outcome__Group_3__0"
    // InternalItup.g:5048:1: rule__Outcome__Group_3__0 : rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 ;
    public final void rule__Outcome__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5052:1: ( rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 )
            // InternalItup.g:5053:2: rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1
            {
            pushFollow(FOLLOW_23);
            rule__Outcome__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0"


    // $ANTLR start "rule__Outcome__Group_3__0__Impl"
    // InternalItup.g:5060:1: rule__Outcome__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Outcome__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5064:1: ( ( '{' ) )
            // InternalItup.g:5065:1: ( '{' )
            {
            // InternalItup.g:5065:1: ( '{' )
            // InternalItup.g:5066:2: '{'
            {
             before(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0__Impl"


    // $ANTLR start "rule__Outcome__Group_3__1"
    // InternalItup.g:5075:1: rule__Outcome__Group_3__1 : rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 ;
    public final void rule__Outcome__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5079:1: ( rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 )
            // InternalItup.g:5080:2: rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Outcome__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1"


    // $ANTLR start "rule__Outcome__Group_3__1__Impl"
    // InternalItup.g:5087:1: rule__Outcome__Group_3__1__Impl : ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Outcome__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5091:1: ( ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:5092:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:5092:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:5093:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:5094:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==62) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:5094:3: rule__Outcome__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Outcome__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

             after(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1__Impl"


    // $ANTLR start "rule__Outcome__Group_3__2"
    // InternalItup.g:5102:1: rule__Outcome__Group_3__2 : rule__Outcome__Group_3__2__Impl ;
    public final void rule__Outcome__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5106:1: ( rule__Outcome__Group_3__2__Impl )
            // InternalItup.g:5107:2: rule__Outcome__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2"


    // $ANTLR start "rule__Outcome__Group_3__2__Impl"
    // InternalItup.g:5113:1: rule__Outcome__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Outcome__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5117:1: ( ( '}' ) )
            // InternalItup.g:5118:1: ( '}' )
            {
            // InternalItup.g:5118:1: ( '}' )
            // InternalItup.g:5119:2: '}'
            {
             before(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2__Impl"


    // $ANTLR start "rule__Output__Group__0"
    // InternalItup.g:5129:1: rule__Output__Group__0 : rule__Output__Group__0__Impl rule__Output__Group__1 ;
    public final void rule__Output__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5133:1: ( rule__Output__Group__0__Impl rule__Output__Group__1 )
            // InternalItup.g:5134:2: rule__Output__Group__0__Impl rule__Output__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Output__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0"


    // $ANTLR start "rule__Output__Group__0__Impl"
    // InternalItup.g:5141:1: rule__Output__Group__0__Impl : ( 'output' ) ;
    public final void rule__Output__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5145:1: ( ( 'output' ) )
            // InternalItup.g:5146:1: ( 'output' )
            {
            // InternalItup.g:5146:1: ( 'output' )
            // InternalItup.g:5147:2: 'output'
            {
             before(grammarAccess.getOutputAccess().getOutputKeyword_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0__Impl"


    // $ANTLR start "rule__Output__Group__1"
    // InternalItup.g:5156:1: rule__Output__Group__1 : rule__Output__Group__1__Impl rule__Output__Group__2 ;
    public final void rule__Output__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5160:1: ( rule__Output__Group__1__Impl rule__Output__Group__2 )
            // InternalItup.g:5161:2: rule__Output__Group__1__Impl rule__Output__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Output__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1"


    // $ANTLR start "rule__Output__Group__1__Impl"
    // InternalItup.g:5168:1: rule__Output__Group__1__Impl : ( ( rule__Output__NameAssignment_1 ) ) ;
    public final void rule__Output__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5172:1: ( ( ( rule__Output__NameAssignment_1 ) ) )
            // InternalItup.g:5173:1: ( ( rule__Output__NameAssignment_1 ) )
            {
            // InternalItup.g:5173:1: ( ( rule__Output__NameAssignment_1 ) )
            // InternalItup.g:5174:2: ( rule__Output__NameAssignment_1 )
            {
             before(grammarAccess.getOutputAccess().getNameAssignment_1()); 
            // InternalItup.g:5175:2: ( rule__Output__NameAssignment_1 )
            // InternalItup.g:5175:3: rule__Output__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Output__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1__Impl"


    // $ANTLR start "rule__Output__Group__2"
    // InternalItup.g:5183:1: rule__Output__Group__2 : rule__Output__Group__2__Impl rule__Output__Group__3 ;
    public final void rule__Output__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5187:1: ( rule__Output__Group__2__Impl rule__Output__Group__3 )
            // InternalItup.g:5188:2: rule__Output__Group__2__Impl rule__Output__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Output__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2"


    // $ANTLR start "rule__Output__Group__2__Impl"
    // InternalItup.g:5195:1: rule__Output__Group__2__Impl : ( ( rule__Output__StatementAssignment_2 )? ) ;
    public final void rule__Output__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5199:1: ( ( ( rule__Output__StatementAssignment_2 )? ) )
            // InternalItup.g:5200:1: ( ( rule__Output__StatementAssignment_2 )? )
            {
            // InternalItup.g:5200:1: ( ( rule__Output__StatementAssignment_2 )? )
            // InternalItup.g:5201:2: ( rule__Output__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutputAccess().getStatementAssignment_2()); 
            // InternalItup.g:5202:2: ( rule__Output__StatementAssignment_2 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==RULE_STRING) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:5202:3: rule__Output__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2__Impl"


    // $ANTLR start "rule__Output__Group__3"
    // InternalItup.g:5210:1: rule__Output__Group__3 : rule__Output__Group__3__Impl ;
    public final void rule__Output__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5214:1: ( rule__Output__Group__3__Impl )
            // InternalItup.g:5215:2: rule__Output__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3"


    // $ANTLR start "rule__Output__Group__3__Impl"
    // InternalItup.g:5221:1: rule__Output__Group__3__Impl : ( ( rule__Output__Group_3__0 )? ) ;
    public final void rule__Output__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5225:1: ( ( ( rule__Output__Group_3__0 )? ) )
            // InternalItup.g:5226:1: ( ( rule__Output__Group_3__0 )? )
            {
            // InternalItup.g:5226:1: ( ( rule__Output__Group_3__0 )? )
            // InternalItup.g:5227:2: ( rule__Output__Group_3__0 )?
            {
             before(grammarAccess.getOutputAccess().getGroup_3()); 
            // InternalItup.g:5228:2: ( rule__Output__Group_3__0 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==41) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:5228:3: rule__Output__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3__Impl"


    // $ANTLR start "rule__Output__Group_3__0"
    // InternalItup.g:5237:1: rule__Output__Group_3__0 : rule__Output__Group_3__0__Impl rule__Output__Group_3__1 ;
    public final void rule__Output__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5241:1: ( rule__Output__Group_3__0__Impl rule__Output__Group_3__1 )
            // InternalItup.g:5242:2: rule__Output__Group_3__0__Impl rule__Output__Group_3__1
            {
            pushFollow(FOLLOW_23);
            rule__Output__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0"


    // $ANTLR start "rule__Output__Group_3__0__Impl"
    // InternalItup.g:5249:1: rule__Output__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Output__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5253:1: ( ( '{' ) )
            // InternalItup.g:5254:1: ( '{' )
            {
            // InternalItup.g:5254:1: ( '{' )
            // InternalItup.g:5255:2: '{'
            {
             before(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0__Impl"


    // $ANTLR start "rule__Output__Group_3__1"
    // InternalItup.g:5264:1: rule__Output__Group_3__1 : rule__Output__Group_3__1__Impl rule__Output__Group_3__2 ;
    public final void rule__Output__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5268:1: ( rule__Output__Group_3__1__Impl rule__Output__Group_3__2 )
            // InternalItup.g:5269:2: rule__Output__Group_3__1__Impl rule__Output__Group_3__2
            {
            pushFollow(FOLLOW_23);
            rule__Output__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1"


    // $ANTLR start "rule__Output__Group_3__1__Impl"
    // InternalItup.g:5276:1: rule__Output__Group_3__1__Impl : ( ( rule__Output__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Output__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5280:1: ( ( ( rule__Output__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:5281:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:5281:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:5282:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:5283:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            loop60:
            do {
                int alt60=2;
                int LA60_0 = input.LA(1);

                if ( (LA60_0==62) ) {
                    alt60=1;
                }


                switch (alt60) {
            	case 1 :
            	    // InternalItup.g:5283:3: rule__Output__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__Output__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop60;
                }
            } while (true);

             after(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1__Impl"


    // $ANTLR start "rule__Output__Group_3__2"
    // InternalItup.g:5291:1: rule__Output__Group_3__2 : rule__Output__Group_3__2__Impl ;
    public final void rule__Output__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5295:1: ( rule__Output__Group_3__2__Impl )
            // InternalItup.g:5296:2: rule__Output__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2"


    // $ANTLR start "rule__Output__Group_3__2__Impl"
    // InternalItup.g:5302:1: rule__Output__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Output__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5306:1: ( ( '}' ) )
            // InternalItup.g:5307:1: ( '}' )
            {
            // InternalItup.g:5307:1: ( '}' )
            // InternalItup.g:5308:2: '}'
            {
             before(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__0"
    // InternalItup.g:5318:1: rule__PerformanceIndicator__Group__0 : rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 ;
    public final void rule__PerformanceIndicator__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5322:1: ( rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 )
            // InternalItup.g:5323:2: rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0"


    // $ANTLR start "rule__PerformanceIndicator__Group__0__Impl"
    // InternalItup.g:5330:1: rule__PerformanceIndicator__Group__0__Impl : ( 'indicator' ) ;
    public final void rule__PerformanceIndicator__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5334:1: ( ( 'indicator' ) )
            // InternalItup.g:5335:1: ( 'indicator' )
            {
            // InternalItup.g:5335:1: ( 'indicator' )
            // InternalItup.g:5336:2: 'indicator'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__1"
    // InternalItup.g:5345:1: rule__PerformanceIndicator__Group__1 : rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 ;
    public final void rule__PerformanceIndicator__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5349:1: ( rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 )
            // InternalItup.g:5350:2: rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__PerformanceIndicator__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1"


    // $ANTLR start "rule__PerformanceIndicator__Group__1__Impl"
    // InternalItup.g:5357:1: rule__PerformanceIndicator__Group__1__Impl : ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) ;
    public final void rule__PerformanceIndicator__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5361:1: ( ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) )
            // InternalItup.g:5362:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            {
            // InternalItup.g:5362:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            // InternalItup.g:5363:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 
            // InternalItup.g:5364:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            // InternalItup.g:5364:3: rule__PerformanceIndicator__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__2"
    // InternalItup.g:5372:1: rule__PerformanceIndicator__Group__2 : rule__PerformanceIndicator__Group__2__Impl ;
    public final void rule__PerformanceIndicator__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5376:1: ( rule__PerformanceIndicator__Group__2__Impl )
            // InternalItup.g:5377:2: rule__PerformanceIndicator__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2"


    // $ANTLR start "rule__PerformanceIndicator__Group__2__Impl"
    // InternalItup.g:5383:1: rule__PerformanceIndicator__Group__2__Impl : ( ( rule__PerformanceIndicator__Group_2__0 )? ) ;
    public final void rule__PerformanceIndicator__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5387:1: ( ( ( rule__PerformanceIndicator__Group_2__0 )? ) )
            // InternalItup.g:5388:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            {
            // InternalItup.g:5388:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            // InternalItup.g:5389:2: ( rule__PerformanceIndicator__Group_2__0 )?
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 
            // InternalItup.g:5390:2: ( rule__PerformanceIndicator__Group_2__0 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==41) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:5390:3: rule__PerformanceIndicator__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0"
    // InternalItup.g:5399:1: rule__PerformanceIndicator__Group_2__0 : rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 ;
    public final void rule__PerformanceIndicator__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5403:1: ( rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 )
            // InternalItup.g:5404:2: rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1
            {
            pushFollow(FOLLOW_33);
            rule__PerformanceIndicator__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0__Impl"
    // InternalItup.g:5411:1: rule__PerformanceIndicator__Group_2__0__Impl : ( '{' ) ;
    public final void rule__PerformanceIndicator__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5415:1: ( ( '{' ) )
            // InternalItup.g:5416:1: ( '{' )
            {
            // InternalItup.g:5416:1: ( '{' )
            // InternalItup.g:5417:2: '{'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1"
    // InternalItup.g:5426:1: rule__PerformanceIndicator__Group_2__1 : rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 ;
    public final void rule__PerformanceIndicator__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5430:1: ( rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 )
            // InternalItup.g:5431:2: rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2
            {
            pushFollow(FOLLOW_34);
            rule__PerformanceIndicator__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1__Impl"
    // InternalItup.g:5438:1: rule__PerformanceIndicator__Group_2__1__Impl : ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5442:1: ( ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) )
            // InternalItup.g:5443:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            {
            // InternalItup.g:5443:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            // InternalItup.g:5444:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 
            // InternalItup.g:5445:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            // InternalItup.g:5445:3: rule__PerformanceIndicator__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2"
    // InternalItup.g:5453:1: rule__PerformanceIndicator__Group_2__2 : rule__PerformanceIndicator__Group_2__2__Impl ;
    public final void rule__PerformanceIndicator__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5457:1: ( rule__PerformanceIndicator__Group_2__2__Impl )
            // InternalItup.g:5458:2: rule__PerformanceIndicator__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2__Impl"
    // InternalItup.g:5464:1: rule__PerformanceIndicator__Group_2__2__Impl : ( '}' ) ;
    public final void rule__PerformanceIndicator__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5468:1: ( ( '}' ) )
            // InternalItup.g:5469:1: ( '}' )
            {
            // InternalItup.g:5469:1: ( '}' )
            // InternalItup.g:5470:2: '}'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0"
    // InternalItup.g:5480:1: rule__PerformanceIndicator__Group_2_1_0__0 : rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5484:1: ( rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 )
            // InternalItup.g:5485:2: rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0__Impl"
    // InternalItup.g:5492:1: rule__PerformanceIndicator__Group_2_1_0__0__Impl : ( 'unit' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5496:1: ( ( 'unit' ) )
            // InternalItup.g:5497:1: ( 'unit' )
            {
            // InternalItup.g:5497:1: ( 'unit' )
            // InternalItup.g:5498:2: 'unit'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1"
    // InternalItup.g:5507:1: rule__PerformanceIndicator__Group_2_1_0__1 : rule__PerformanceIndicator__Group_2_1_0__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5511:1: ( rule__PerformanceIndicator__Group_2_1_0__1__Impl )
            // InternalItup.g:5512:2: rule__PerformanceIndicator__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1__Impl"
    // InternalItup.g:5518:1: rule__PerformanceIndicator__Group_2_1_0__1__Impl : ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5522:1: ( ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) )
            // InternalItup.g:5523:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            {
            // InternalItup.g:5523:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            // InternalItup.g:5524:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 
            // InternalItup.g:5525:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            // InternalItup.g:5525:3: rule__PerformanceIndicator__UnitAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnitAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0"
    // InternalItup.g:5534:1: rule__PerformanceIndicator__Group_2_1_2__0 : rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5538:1: ( rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 )
            // InternalItup.g:5539:2: rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1
            {
            pushFollow(FOLLOW_7);
            rule__PerformanceIndicator__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0__Impl"
    // InternalItup.g:5546:1: rule__PerformanceIndicator__Group_2_1_2__0__Impl : ( 'target' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5550:1: ( ( 'target' ) )
            // InternalItup.g:5551:1: ( 'target' )
            {
            // InternalItup.g:5551:1: ( 'target' )
            // InternalItup.g:5552:2: 'target'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1"
    // InternalItup.g:5561:1: rule__PerformanceIndicator__Group_2_1_2__1 : rule__PerformanceIndicator__Group_2_1_2__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5565:1: ( rule__PerformanceIndicator__Group_2_1_2__1__Impl )
            // InternalItup.g:5566:2: rule__PerformanceIndicator__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1__Impl"
    // InternalItup.g:5572:1: rule__PerformanceIndicator__Group_2_1_2__1__Impl : ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5576:1: ( ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) )
            // InternalItup.g:5577:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            {
            // InternalItup.g:5577:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            // InternalItup.g:5578:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 
            // InternalItup.g:5579:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            // InternalItup.g:5579:3: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0"
    // InternalItup.g:5588:1: rule__PerformanceIndicator__Group_2_1_3__0 : rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5592:1: ( rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 )
            // InternalItup.g:5593:2: rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1
            {
            pushFollow(FOLLOW_35);
            rule__PerformanceIndicator__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0__Impl"
    // InternalItup.g:5600:1: rule__PerformanceIndicator__Group_2_1_3__0__Impl : ( 'direction' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5604:1: ( ( 'direction' ) )
            // InternalItup.g:5605:1: ( 'direction' )
            {
            // InternalItup.g:5605:1: ( 'direction' )
            // InternalItup.g:5606:2: 'direction'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1"
    // InternalItup.g:5615:1: rule__PerformanceIndicator__Group_2_1_3__1 : rule__PerformanceIndicator__Group_2_1_3__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5619:1: ( rule__PerformanceIndicator__Group_2_1_3__1__Impl )
            // InternalItup.g:5620:2: rule__PerformanceIndicator__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1__Impl"
    // InternalItup.g:5626:1: rule__PerformanceIndicator__Group_2_1_3__1__Impl : ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5630:1: ( ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) )
            // InternalItup.g:5631:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            {
            // InternalItup.g:5631:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            // InternalItup.g:5632:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 
            // InternalItup.g:5633:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            // InternalItup.g:5633:3: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__DirectionAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Enabler__Group__0"
    // InternalItup.g:5642:1: rule__Enabler__Group__0 : rule__Enabler__Group__0__Impl rule__Enabler__Group__1 ;
    public final void rule__Enabler__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5646:1: ( rule__Enabler__Group__0__Impl rule__Enabler__Group__1 )
            // InternalItup.g:5647:2: rule__Enabler__Group__0__Impl rule__Enabler__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0"


    // $ANTLR start "rule__Enabler__Group__0__Impl"
    // InternalItup.g:5654:1: rule__Enabler__Group__0__Impl : ( 'enabler' ) ;
    public final void rule__Enabler__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5658:1: ( ( 'enabler' ) )
            // InternalItup.g:5659:1: ( 'enabler' )
            {
            // InternalItup.g:5659:1: ( 'enabler' )
            // InternalItup.g:5660:2: 'enabler'
            {
             before(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0__Impl"


    // $ANTLR start "rule__Enabler__Group__1"
    // InternalItup.g:5669:1: rule__Enabler__Group__1 : rule__Enabler__Group__1__Impl rule__Enabler__Group__2 ;
    public final void rule__Enabler__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5673:1: ( rule__Enabler__Group__1__Impl rule__Enabler__Group__2 )
            // InternalItup.g:5674:2: rule__Enabler__Group__1__Impl rule__Enabler__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__Enabler__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1"


    // $ANTLR start "rule__Enabler__Group__1__Impl"
    // InternalItup.g:5681:1: rule__Enabler__Group__1__Impl : ( ( rule__Enabler__NameAssignment_1 ) ) ;
    public final void rule__Enabler__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5685:1: ( ( ( rule__Enabler__NameAssignment_1 ) ) )
            // InternalItup.g:5686:1: ( ( rule__Enabler__NameAssignment_1 ) )
            {
            // InternalItup.g:5686:1: ( ( rule__Enabler__NameAssignment_1 ) )
            // InternalItup.g:5687:2: ( rule__Enabler__NameAssignment_1 )
            {
             before(grammarAccess.getEnablerAccess().getNameAssignment_1()); 
            // InternalItup.g:5688:2: ( rule__Enabler__NameAssignment_1 )
            // InternalItup.g:5688:3: rule__Enabler__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1__Impl"


    // $ANTLR start "rule__Enabler__Group__2"
    // InternalItup.g:5696:1: rule__Enabler__Group__2 : rule__Enabler__Group__2__Impl rule__Enabler__Group__3 ;
    public final void rule__Enabler__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5700:1: ( rule__Enabler__Group__2__Impl rule__Enabler__Group__3 )
            // InternalItup.g:5701:2: rule__Enabler__Group__2__Impl rule__Enabler__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__Enabler__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2"


    // $ANTLR start "rule__Enabler__Group__2__Impl"
    // InternalItup.g:5708:1: rule__Enabler__Group__2__Impl : ( ( rule__Enabler__TitleAssignment_2 )? ) ;
    public final void rule__Enabler__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5712:1: ( ( ( rule__Enabler__TitleAssignment_2 )? ) )
            // InternalItup.g:5713:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            {
            // InternalItup.g:5713:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            // InternalItup.g:5714:2: ( rule__Enabler__TitleAssignment_2 )?
            {
             before(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 
            // InternalItup.g:5715:2: ( rule__Enabler__TitleAssignment_2 )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==RULE_STRING) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalItup.g:5715:3: rule__Enabler__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2__Impl"


    // $ANTLR start "rule__Enabler__Group__3"
    // InternalItup.g:5723:1: rule__Enabler__Group__3 : rule__Enabler__Group__3__Impl rule__Enabler__Group__4 ;
    public final void rule__Enabler__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5727:1: ( rule__Enabler__Group__3__Impl rule__Enabler__Group__4 )
            // InternalItup.g:5728:2: rule__Enabler__Group__3__Impl rule__Enabler__Group__4
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3"


    // $ANTLR start "rule__Enabler__Group__3__Impl"
    // InternalItup.g:5735:1: rule__Enabler__Group__3__Impl : ( '{' ) ;
    public final void rule__Enabler__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5739:1: ( ( '{' ) )
            // InternalItup.g:5740:1: ( '{' )
            {
            // InternalItup.g:5740:1: ( '{' )
            // InternalItup.g:5741:2: '{'
            {
             before(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3__Impl"


    // $ANTLR start "rule__Enabler__Group__4"
    // InternalItup.g:5750:1: rule__Enabler__Group__4 : rule__Enabler__Group__4__Impl rule__Enabler__Group__5 ;
    public final void rule__Enabler__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5754:1: ( rule__Enabler__Group__4__Impl rule__Enabler__Group__5 )
            // InternalItup.g:5755:2: rule__Enabler__Group__4__Impl rule__Enabler__Group__5
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4"


    // $ANTLR start "rule__Enabler__Group__4__Impl"
    // InternalItup.g:5762:1: rule__Enabler__Group__4__Impl : ( ( rule__Enabler__Group_4__0 )? ) ;
    public final void rule__Enabler__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5766:1: ( ( ( rule__Enabler__Group_4__0 )? ) )
            // InternalItup.g:5767:1: ( ( rule__Enabler__Group_4__0 )? )
            {
            // InternalItup.g:5767:1: ( ( rule__Enabler__Group_4__0 )? )
            // InternalItup.g:5768:2: ( rule__Enabler__Group_4__0 )?
            {
             before(grammarAccess.getEnablerAccess().getGroup_4()); 
            // InternalItup.g:5769:2: ( rule__Enabler__Group_4__0 )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( (LA63_0==66) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalItup.g:5769:3: rule__Enabler__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4__Impl"


    // $ANTLR start "rule__Enabler__Group__5"
    // InternalItup.g:5777:1: rule__Enabler__Group__5 : rule__Enabler__Group__5__Impl rule__Enabler__Group__6 ;
    public final void rule__Enabler__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5781:1: ( rule__Enabler__Group__5__Impl rule__Enabler__Group__6 )
            // InternalItup.g:5782:2: rule__Enabler__Group__5__Impl rule__Enabler__Group__6
            {
            pushFollow(FOLLOW_36);
            rule__Enabler__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5"


    // $ANTLR start "rule__Enabler__Group__5__Impl"
    // InternalItup.g:5789:1: rule__Enabler__Group__5__Impl : ( ( rule__Enabler__Alternatives_5 )* ) ;
    public final void rule__Enabler__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5793:1: ( ( ( rule__Enabler__Alternatives_5 )* ) )
            // InternalItup.g:5794:1: ( ( rule__Enabler__Alternatives_5 )* )
            {
            // InternalItup.g:5794:1: ( ( rule__Enabler__Alternatives_5 )* )
            // InternalItup.g:5795:2: ( rule__Enabler__Alternatives_5 )*
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_5()); 
            // InternalItup.g:5796:2: ( rule__Enabler__Alternatives_5 )*
            loop64:
            do {
                int alt64=2;
                int LA64_0 = input.LA(1);

                if ( ((LA64_0>=67 && LA64_0<=69)) ) {
                    alt64=1;
                }


                switch (alt64) {
            	case 1 :
            	    // InternalItup.g:5796:3: rule__Enabler__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Enabler__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop64;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5__Impl"


    // $ANTLR start "rule__Enabler__Group__6"
    // InternalItup.g:5804:1: rule__Enabler__Group__6 : rule__Enabler__Group__6__Impl ;
    public final void rule__Enabler__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5808:1: ( rule__Enabler__Group__6__Impl )
            // InternalItup.g:5809:2: rule__Enabler__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6"


    // $ANTLR start "rule__Enabler__Group__6__Impl"
    // InternalItup.g:5815:1: rule__Enabler__Group__6__Impl : ( '}' ) ;
    public final void rule__Enabler__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5819:1: ( ( '}' ) )
            // InternalItup.g:5820:1: ( '}' )
            {
            // InternalItup.g:5820:1: ( '}' )
            // InternalItup.g:5821:2: '}'
            {
             before(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6__Impl"


    // $ANTLR start "rule__Enabler__Group_4__0"
    // InternalItup.g:5831:1: rule__Enabler__Group_4__0 : rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 ;
    public final void rule__Enabler__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5835:1: ( rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 )
            // InternalItup.g:5836:2: rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1
            {
            pushFollow(FOLLOW_38);
            rule__Enabler__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0"


    // $ANTLR start "rule__Enabler__Group_4__0__Impl"
    // InternalItup.g:5843:1: rule__Enabler__Group_4__0__Impl : ( 'supports' ) ;
    public final void rule__Enabler__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5847:1: ( ( 'supports' ) )
            // InternalItup.g:5848:1: ( 'supports' )
            {
            // InternalItup.g:5848:1: ( 'supports' )
            // InternalItup.g:5849:2: 'supports'
            {
             before(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4__1"
    // InternalItup.g:5858:1: rule__Enabler__Group_4__1 : rule__Enabler__Group_4__1__Impl ;
    public final void rule__Enabler__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5862:1: ( rule__Enabler__Group_4__1__Impl )
            // InternalItup.g:5863:2: rule__Enabler__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1"


    // $ANTLR start "rule__Enabler__Group_4__1__Impl"
    // InternalItup.g:5869:1: rule__Enabler__Group_4__1__Impl : ( ( rule__Enabler__Alternatives_4_1 ) ) ;
    public final void rule__Enabler__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5873:1: ( ( ( rule__Enabler__Alternatives_4_1 ) ) )
            // InternalItup.g:5874:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            {
            // InternalItup.g:5874:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            // InternalItup.g:5875:2: ( rule__Enabler__Alternatives_4_1 )
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 
            // InternalItup.g:5876:2: ( rule__Enabler__Alternatives_4_1 )
            // InternalItup.g:5876:3: rule__Enabler__Alternatives_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Alternatives_4_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0"
    // InternalItup.g:5885:1: rule__Enabler__Group_4_1_1__0 : rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5889:1: ( rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 )
            // InternalItup.g:5890:2: rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Enabler__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0__Impl"
    // InternalItup.g:5897:1: rule__Enabler__Group_4_1_1__0__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) ;
    public final void rule__Enabler__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5901:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) )
            // InternalItup.g:5902:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            {
            // InternalItup.g:5902:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            // InternalItup.g:5903:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 
            // InternalItup.g:5904:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            // InternalItup.g:5904:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1"
    // InternalItup.g:5912:1: rule__Enabler__Group_4_1_1__1 : rule__Enabler__Group_4_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5916:1: ( rule__Enabler__Group_4_1_1__1__Impl )
            // InternalItup.g:5917:2: rule__Enabler__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1__Impl"
    // InternalItup.g:5923:1: rule__Enabler__Group_4_1_1__1__Impl : ( ( rule__Enabler__Group_4_1_1_1__0 )* ) ;
    public final void rule__Enabler__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5927:1: ( ( ( rule__Enabler__Group_4_1_1_1__0 )* ) )
            // InternalItup.g:5928:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            {
            // InternalItup.g:5928:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            // InternalItup.g:5929:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            {
             before(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 
            // InternalItup.g:5930:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            loop65:
            do {
                int alt65=2;
                int LA65_0 = input.LA(1);

                if ( (LA65_0==39) ) {
                    alt65=1;
                }


                switch (alt65) {
            	case 1 :
            	    // InternalItup.g:5930:3: rule__Enabler__Group_4_1_1_1__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Enabler__Group_4_1_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop65;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0"
    // InternalItup.g:5939:1: rule__Enabler__Group_4_1_1_1__0 : rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5943:1: ( rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 )
            // InternalItup.g:5944:2: rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_4_1_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0__Impl"
    // InternalItup.g:5951:1: rule__Enabler__Group_4_1_1_1__0__Impl : ( ',' ) ;
    public final void rule__Enabler__Group_4_1_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5955:1: ( ( ',' ) )
            // InternalItup.g:5956:1: ( ',' )
            {
            // InternalItup.g:5956:1: ( ',' )
            // InternalItup.g:5957:2: ','
            {
             before(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1"
    // InternalItup.g:5966:1: rule__Enabler__Group_4_1_1_1__1 : rule__Enabler__Group_4_1_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5970:1: ( rule__Enabler__Group_4_1_1_1__1__Impl )
            // InternalItup.g:5971:2: rule__Enabler__Group_4_1_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1__Impl"
    // InternalItup.g:5977:1: rule__Enabler__Group_4_1_1_1__1__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) ;
    public final void rule__Enabler__Group_4_1_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5981:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) )
            // InternalItup.g:5982:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            {
            // InternalItup.g:5982:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            // InternalItup.g:5983:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 
            // InternalItup.g:5984:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            // InternalItup.g:5984:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__0"
    // InternalItup.g:5993:1: rule__Enabler__Group_5_0__0 : rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 ;
    public final void rule__Enabler__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5997:1: ( rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 )
            // InternalItup.g:5998:2: rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0"


    // $ANTLR start "rule__Enabler__Group_5_0__0__Impl"
    // InternalItup.g:6005:1: rule__Enabler__Group_5_0__0__Impl : ( 'activity' ) ;
    public final void rule__Enabler__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6009:1: ( ( 'activity' ) )
            // InternalItup.g:6010:1: ( 'activity' )
            {
            // InternalItup.g:6010:1: ( 'activity' )
            // InternalItup.g:6011:2: 'activity'
            {
             before(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__1"
    // InternalItup.g:6020:1: rule__Enabler__Group_5_0__1 : rule__Enabler__Group_5_0__1__Impl ;
    public final void rule__Enabler__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6024:1: ( rule__Enabler__Group_5_0__1__Impl )
            // InternalItup.g:6025:2: rule__Enabler__Group_5_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1"


    // $ANTLR start "rule__Enabler__Group_5_0__1__Impl"
    // InternalItup.g:6031:1: rule__Enabler__Group_5_0__1__Impl : ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) ;
    public final void rule__Enabler__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6035:1: ( ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) )
            // InternalItup.g:6036:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            {
            // InternalItup.g:6036:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            // InternalItup.g:6037:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            {
             before(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 
            // InternalItup.g:6038:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            // InternalItup.g:6038:3: rule__Enabler__ActivitiesAssignment_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ActivitiesAssignment_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__0"
    // InternalItup.g:6047:1: rule__Enabler__Group_5_1__0 : rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 ;
    public final void rule__Enabler__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6051:1: ( rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 )
            // InternalItup.g:6052:2: rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0"


    // $ANTLR start "rule__Enabler__Group_5_1__0__Impl"
    // InternalItup.g:6059:1: rule__Enabler__Group_5_1__0__Impl : ( 'contribution' ) ;
    public final void rule__Enabler__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6063:1: ( ( 'contribution' ) )
            // InternalItup.g:6064:1: ( 'contribution' )
            {
            // InternalItup.g:6064:1: ( 'contribution' )
            // InternalItup.g:6065:2: 'contribution'
            {
             before(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__1"
    // InternalItup.g:6074:1: rule__Enabler__Group_5_1__1 : rule__Enabler__Group_5_1__1__Impl ;
    public final void rule__Enabler__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6078:1: ( rule__Enabler__Group_5_1__1__Impl )
            // InternalItup.g:6079:2: rule__Enabler__Group_5_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1"


    // $ANTLR start "rule__Enabler__Group_5_1__1__Impl"
    // InternalItup.g:6085:1: rule__Enabler__Group_5_1__1__Impl : ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) ;
    public final void rule__Enabler__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6089:1: ( ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) )
            // InternalItup.g:6090:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            {
            // InternalItup.g:6090:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            // InternalItup.g:6091:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 
            // InternalItup.g:6092:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            // InternalItup.g:6092:3: rule__Enabler__ContributionsAssignment_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ContributionsAssignment_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__0"
    // InternalItup.g:6101:1: rule__Enabler__Group_5_2__0 : rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 ;
    public final void rule__Enabler__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6105:1: ( rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 )
            // InternalItup.g:6106:2: rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0"


    // $ANTLR start "rule__Enabler__Group_5_2__0__Impl"
    // InternalItup.g:6113:1: rule__Enabler__Group_5_2__0__Impl : ( 'result' ) ;
    public final void rule__Enabler__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6117:1: ( ( 'result' ) )
            // InternalItup.g:6118:1: ( 'result' )
            {
            // InternalItup.g:6118:1: ( 'result' )
            // InternalItup.g:6119:2: 'result'
            {
             before(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__1"
    // InternalItup.g:6128:1: rule__Enabler__Group_5_2__1 : rule__Enabler__Group_5_2__1__Impl ;
    public final void rule__Enabler__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6132:1: ( rule__Enabler__Group_5_2__1__Impl )
            // InternalItup.g:6133:2: rule__Enabler__Group_5_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1"


    // $ANTLR start "rule__Enabler__Group_5_2__1__Impl"
    // InternalItup.g:6139:1: rule__Enabler__Group_5_2__1__Impl : ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) ;
    public final void rule__Enabler__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6143:1: ( ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) )
            // InternalItup.g:6144:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            {
            // InternalItup.g:6144:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            // InternalItup.g:6145:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            {
             before(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 
            // InternalItup.g:6146:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            // InternalItup.g:6146:3: rule__Enabler__ResultsAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ResultsAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__0"
    // InternalItup.g:6155:1: rule__StrategicRisk__Group__0 : rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 ;
    public final void rule__StrategicRisk__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6159:1: ( rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 )
            // InternalItup.g:6160:2: rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__StrategicRisk__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0"


    // $ANTLR start "rule__StrategicRisk__Group__0__Impl"
    // InternalItup.g:6167:1: rule__StrategicRisk__Group__0__Impl : ( 'risk' ) ;
    public final void rule__StrategicRisk__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6171:1: ( ( 'risk' ) )
            // InternalItup.g:6172:1: ( 'risk' )
            {
            // InternalItup.g:6172:1: ( 'risk' )
            // InternalItup.g:6173:2: 'risk'
            {
             before(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__1"
    // InternalItup.g:6182:1: rule__StrategicRisk__Group__1 : rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 ;
    public final void rule__StrategicRisk__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6186:1: ( rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 )
            // InternalItup.g:6187:2: rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__StrategicRisk__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1"


    // $ANTLR start "rule__StrategicRisk__Group__1__Impl"
    // InternalItup.g:6194:1: rule__StrategicRisk__Group__1__Impl : ( ( rule__StrategicRisk__NameAssignment_1 ) ) ;
    public final void rule__StrategicRisk__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6198:1: ( ( ( rule__StrategicRisk__NameAssignment_1 ) ) )
            // InternalItup.g:6199:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            {
            // InternalItup.g:6199:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            // InternalItup.g:6200:2: ( rule__StrategicRisk__NameAssignment_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 
            // InternalItup.g:6201:2: ( rule__StrategicRisk__NameAssignment_1 )
            // InternalItup.g:6201:3: rule__StrategicRisk__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__2"
    // InternalItup.g:6209:1: rule__StrategicRisk__Group__2 : rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 ;
    public final void rule__StrategicRisk__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6213:1: ( rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 )
            // InternalItup.g:6214:2: rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__StrategicRisk__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2"


    // $ANTLR start "rule__StrategicRisk__Group__2__Impl"
    // InternalItup.g:6221:1: rule__StrategicRisk__Group__2__Impl : ( ( rule__StrategicRisk__TitleAssignment_2 )? ) ;
    public final void rule__StrategicRisk__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6225:1: ( ( ( rule__StrategicRisk__TitleAssignment_2 )? ) )
            // InternalItup.g:6226:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            {
            // InternalItup.g:6226:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            // InternalItup.g:6227:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 
            // InternalItup.g:6228:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==RULE_STRING) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:6228:3: rule__StrategicRisk__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__StrategicRisk__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__3"
    // InternalItup.g:6236:1: rule__StrategicRisk__Group__3 : rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 ;
    public final void rule__StrategicRisk__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6240:1: ( rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 )
            // InternalItup.g:6241:2: rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3"


    // $ANTLR start "rule__StrategicRisk__Group__3__Impl"
    // InternalItup.g:6248:1: rule__StrategicRisk__Group__3__Impl : ( '{' ) ;
    public final void rule__StrategicRisk__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6252:1: ( ( '{' ) )
            // InternalItup.g:6253:1: ( '{' )
            {
            // InternalItup.g:6253:1: ( '{' )
            // InternalItup.g:6254:2: '{'
            {
             before(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__4"
    // InternalItup.g:6263:1: rule__StrategicRisk__Group__4 : rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 ;
    public final void rule__StrategicRisk__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6267:1: ( rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 )
            // InternalItup.g:6268:2: rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4"


    // $ANTLR start "rule__StrategicRisk__Group__4__Impl"
    // InternalItup.g:6275:1: rule__StrategicRisk__Group__4__Impl : ( ( rule__StrategicRisk__Group_4__0 )* ) ;
    public final void rule__StrategicRisk__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6279:1: ( ( ( rule__StrategicRisk__Group_4__0 )* ) )
            // InternalItup.g:6280:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            {
            // InternalItup.g:6280:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            // InternalItup.g:6281:2: ( rule__StrategicRisk__Group_4__0 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup_4()); 
            // InternalItup.g:6282:2: ( rule__StrategicRisk__Group_4__0 )*
            loop67:
            do {
                int alt67=2;
                int LA67_0 = input.LA(1);

                if ( (LA67_0==71) ) {
                    alt67=1;
                }


                switch (alt67) {
            	case 1 :
            	    // InternalItup.g:6282:3: rule__StrategicRisk__Group_4__0
            	    {
            	    pushFollow(FOLLOW_40);
            	    rule__StrategicRisk__Group_4__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop67;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__5"
    // InternalItup.g:6290:1: rule__StrategicRisk__Group__5 : rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 ;
    public final void rule__StrategicRisk__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6294:1: ( rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 )
            // InternalItup.g:6295:2: rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6
            {
            pushFollow(FOLLOW_39);
            rule__StrategicRisk__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5"


    // $ANTLR start "rule__StrategicRisk__Group__5__Impl"
    // InternalItup.g:6302:1: rule__StrategicRisk__Group__5__Impl : ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) ;
    public final void rule__StrategicRisk__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6306:1: ( ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) )
            // InternalItup.g:6307:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            {
            // InternalItup.g:6307:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            // InternalItup.g:6308:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 
            // InternalItup.g:6309:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            loop68:
            do {
                int alt68=2;
                int LA68_0 = input.LA(1);

                if ( (LA68_0==72) ) {
                    alt68=1;
                }


                switch (alt68) {
            	case 1 :
            	    // InternalItup.g:6309:3: rule__StrategicRisk__MitigationsAssignment_5
            	    {
            	    pushFollow(FOLLOW_41);
            	    rule__StrategicRisk__MitigationsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop68;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__6"
    // InternalItup.g:6317:1: rule__StrategicRisk__Group__6 : rule__StrategicRisk__Group__6__Impl ;
    public final void rule__StrategicRisk__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6321:1: ( rule__StrategicRisk__Group__6__Impl )
            // InternalItup.g:6322:2: rule__StrategicRisk__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6"


    // $ANTLR start "rule__StrategicRisk__Group__6__Impl"
    // InternalItup.g:6328:1: rule__StrategicRisk__Group__6__Impl : ( '}' ) ;
    public final void rule__StrategicRisk__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6332:1: ( ( '}' ) )
            // InternalItup.g:6333:1: ( '}' )
            {
            // InternalItup.g:6333:1: ( '}' )
            // InternalItup.g:6334:2: '}'
            {
             before(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__0"
    // InternalItup.g:6344:1: rule__StrategicRisk__Group_4__0 : rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 ;
    public final void rule__StrategicRisk__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6348:1: ( rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 )
            // InternalItup.g:6349:2: rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__StrategicRisk__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0"


    // $ANTLR start "rule__StrategicRisk__Group_4__0__Impl"
    // InternalItup.g:6356:1: rule__StrategicRisk__Group_4__0__Impl : ( 'aspect' ) ;
    public final void rule__StrategicRisk__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6360:1: ( ( 'aspect' ) )
            // InternalItup.g:6361:1: ( 'aspect' )
            {
            // InternalItup.g:6361:1: ( 'aspect' )
            // InternalItup.g:6362:2: 'aspect'
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__1"
    // InternalItup.g:6371:1: rule__StrategicRisk__Group_4__1 : rule__StrategicRisk__Group_4__1__Impl ;
    public final void rule__StrategicRisk__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6375:1: ( rule__StrategicRisk__Group_4__1__Impl )
            // InternalItup.g:6376:2: rule__StrategicRisk__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1"


    // $ANTLR start "rule__StrategicRisk__Group_4__1__Impl"
    // InternalItup.g:6382:1: rule__StrategicRisk__Group_4__1__Impl : ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) ;
    public final void rule__StrategicRisk__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6386:1: ( ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) )
            // InternalItup.g:6387:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            {
            // InternalItup.g:6387:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            // InternalItup.g:6388:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 
            // InternalItup.g:6389:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            // InternalItup.g:6389:3: rule__StrategicRisk__AspectsAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__AspectsAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__0"
    // InternalItup.g:6398:1: rule__Mitigation__Group__0 : rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 ;
    public final void rule__Mitigation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6402:1: ( rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 )
            // InternalItup.g:6403:2: rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1
            {
            pushFollow(FOLLOW_42);
            rule__Mitigation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0"


    // $ANTLR start "rule__Mitigation__Group__0__Impl"
    // InternalItup.g:6410:1: rule__Mitigation__Group__0__Impl : ( 'mitigation' ) ;
    public final void rule__Mitigation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6414:1: ( ( 'mitigation' ) )
            // InternalItup.g:6415:1: ( 'mitigation' )
            {
            // InternalItup.g:6415:1: ( 'mitigation' )
            // InternalItup.g:6416:2: 'mitigation'
            {
             before(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0__Impl"


    // $ANTLR start "rule__Mitigation__Group__1"
    // InternalItup.g:6425:1: rule__Mitigation__Group__1 : rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 ;
    public final void rule__Mitigation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6429:1: ( rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 )
            // InternalItup.g:6430:2: rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2
            {
            pushFollow(FOLLOW_42);
            rule__Mitigation__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1"


    // $ANTLR start "rule__Mitigation__Group__1__Impl"
    // InternalItup.g:6437:1: rule__Mitigation__Group__1__Impl : ( ( rule__Mitigation__TreatmentAssignment_1 )? ) ;
    public final void rule__Mitigation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6441:1: ( ( ( rule__Mitigation__TreatmentAssignment_1 )? ) )
            // InternalItup.g:6442:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            {
            // InternalItup.g:6442:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            // InternalItup.g:6443:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            {
             before(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 
            // InternalItup.g:6444:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( ((LA69_0>=23 && LA69_0<=26)) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:6444:3: rule__Mitigation__TreatmentAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mitigation__TreatmentAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__2"
    // InternalItup.g:6452:1: rule__Mitigation__Group__2 : rule__Mitigation__Group__2__Impl ;
    public final void rule__Mitigation__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6456:1: ( rule__Mitigation__Group__2__Impl )
            // InternalItup.g:6457:2: rule__Mitigation__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2"


    // $ANTLR start "rule__Mitigation__Group__2__Impl"
    // InternalItup.g:6463:1: rule__Mitigation__Group__2__Impl : ( ( rule__Mitigation__StatementAssignment_2 ) ) ;
    public final void rule__Mitigation__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6467:1: ( ( ( rule__Mitigation__StatementAssignment_2 ) ) )
            // InternalItup.g:6468:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            {
            // InternalItup.g:6468:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            // InternalItup.g:6469:2: ( rule__Mitigation__StatementAssignment_2 )
            {
             before(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 
            // InternalItup.g:6470:2: ( rule__Mitigation__StatementAssignment_2 )
            // InternalItup.g:6470:3: rule__Mitigation__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2__Impl"


    // $ANTLR start "rule__SwotItem__Group__0"
    // InternalItup.g:6479:1: rule__SwotItem__Group__0 : rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 ;
    public final void rule__SwotItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6483:1: ( rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 )
            // InternalItup.g:6484:2: rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__SwotItem__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0"


    // $ANTLR start "rule__SwotItem__Group__0__Impl"
    // InternalItup.g:6491:1: rule__SwotItem__Group__0__Impl : ( ( rule__SwotItem__KindAssignment_0 ) ) ;
    public final void rule__SwotItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6495:1: ( ( ( rule__SwotItem__KindAssignment_0 ) ) )
            // InternalItup.g:6496:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            {
            // InternalItup.g:6496:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            // InternalItup.g:6497:2: ( rule__SwotItem__KindAssignment_0 )
            {
             before(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 
            // InternalItup.g:6498:2: ( rule__SwotItem__KindAssignment_0 )
            // InternalItup.g:6498:3: rule__SwotItem__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0__Impl"


    // $ANTLR start "rule__SwotItem__Group__1"
    // InternalItup.g:6506:1: rule__SwotItem__Group__1 : rule__SwotItem__Group__1__Impl ;
    public final void rule__SwotItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6510:1: ( rule__SwotItem__Group__1__Impl )
            // InternalItup.g:6511:2: rule__SwotItem__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1"


    // $ANTLR start "rule__SwotItem__Group__1__Impl"
    // InternalItup.g:6517:1: rule__SwotItem__Group__1__Impl : ( ( rule__SwotItem__StatementAssignment_1 ) ) ;
    public final void rule__SwotItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6521:1: ( ( ( rule__SwotItem__StatementAssignment_1 ) ) )
            // InternalItup.g:6522:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            {
            // InternalItup.g:6522:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            // InternalItup.g:6523:2: ( rule__SwotItem__StatementAssignment_1 )
            {
             before(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 
            // InternalItup.g:6524:2: ( rule__SwotItem__StatementAssignment_1 )
            // InternalItup.g:6524:3: rule__SwotItem__StatementAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__StatementAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__0"
    // InternalItup.g:6533:1: rule__ImplementationCriterion__Group__0 : rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 ;
    public final void rule__ImplementationCriterion__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6537:1: ( rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 )
            // InternalItup.g:6538:2: rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__ImplementationCriterion__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0"


    // $ANTLR start "rule__ImplementationCriterion__Group__0__Impl"
    // InternalItup.g:6545:1: rule__ImplementationCriterion__Group__0__Impl : ( 'criterion' ) ;
    public final void rule__ImplementationCriterion__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6549:1: ( ( 'criterion' ) )
            // InternalItup.g:6550:1: ( 'criterion' )
            {
            // InternalItup.g:6550:1: ( 'criterion' )
            // InternalItup.g:6551:2: 'criterion'
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__1"
    // InternalItup.g:6560:1: rule__ImplementationCriterion__Group__1 : rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 ;
    public final void rule__ImplementationCriterion__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6564:1: ( rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 )
            // InternalItup.g:6565:2: rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2
            {
            pushFollow(FOLLOW_19);
            rule__ImplementationCriterion__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1"


    // $ANTLR start "rule__ImplementationCriterion__Group__1__Impl"
    // InternalItup.g:6572:1: rule__ImplementationCriterion__Group__1__Impl : ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) ;
    public final void rule__ImplementationCriterion__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6576:1: ( ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) )
            // InternalItup.g:6577:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            {
            // InternalItup.g:6577:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            // InternalItup.g:6578:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 
            // InternalItup.g:6579:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            // InternalItup.g:6579:3: rule__ImplementationCriterion__TitleAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__TitleAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__2"
    // InternalItup.g:6587:1: rule__ImplementationCriterion__Group__2 : rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 ;
    public final void rule__ImplementationCriterion__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6591:1: ( rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 )
            // InternalItup.g:6592:2: rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3
            {
            pushFollow(FOLLOW_19);
            rule__ImplementationCriterion__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2"


    // $ANTLR start "rule__ImplementationCriterion__Group__2__Impl"
    // InternalItup.g:6599:1: rule__ImplementationCriterion__Group__2__Impl : ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) ;
    public final void rule__ImplementationCriterion__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6603:1: ( ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) )
            // InternalItup.g:6604:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            {
            // InternalItup.g:6604:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            // InternalItup.g:6605:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 
            // InternalItup.g:6606:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==RULE_STRING) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalItup.g:6606:3: rule__ImplementationCriterion__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__3"
    // InternalItup.g:6614:1: rule__ImplementationCriterion__Group__3 : rule__ImplementationCriterion__Group__3__Impl ;
    public final void rule__ImplementationCriterion__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6618:1: ( rule__ImplementationCriterion__Group__3__Impl )
            // InternalItup.g:6619:2: rule__ImplementationCriterion__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3"


    // $ANTLR start "rule__ImplementationCriterion__Group__3__Impl"
    // InternalItup.g:6625:1: rule__ImplementationCriterion__Group__3__Impl : ( ( rule__ImplementationCriterion__Group_3__0 )? ) ;
    public final void rule__ImplementationCriterion__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6629:1: ( ( ( rule__ImplementationCriterion__Group_3__0 )? ) )
            // InternalItup.g:6630:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            {
            // InternalItup.g:6630:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            // InternalItup.g:6631:2: ( rule__ImplementationCriterion__Group_3__0 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 
            // InternalItup.g:6632:2: ( rule__ImplementationCriterion__Group_3__0 )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==41) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:6632:3: rule__ImplementationCriterion__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0"
    // InternalItup.g:6641:1: rule__ImplementationCriterion__Group_3__0 : rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 ;
    public final void rule__ImplementationCriterion__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6645:1: ( rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 )
            // InternalItup.g:6646:2: rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1
            {
            pushFollow(FOLLOW_43);
            rule__ImplementationCriterion__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0__Impl"
    // InternalItup.g:6653:1: rule__ImplementationCriterion__Group_3__0__Impl : ( '{' ) ;
    public final void rule__ImplementationCriterion__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6657:1: ( ( '{' ) )
            // InternalItup.g:6658:1: ( '{' )
            {
            // InternalItup.g:6658:1: ( '{' )
            // InternalItup.g:6659:2: '{'
            {
             before(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1"
    // InternalItup.g:6668:1: rule__ImplementationCriterion__Group_3__1 : rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 ;
    public final void rule__ImplementationCriterion__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6672:1: ( rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 )
            // InternalItup.g:6673:2: rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2
            {
            pushFollow(FOLLOW_43);
            rule__ImplementationCriterion__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1__Impl"
    // InternalItup.g:6680:1: rule__ImplementationCriterion__Group_3__1__Impl : ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) ;
    public final void rule__ImplementationCriterion__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6684:1: ( ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) )
            // InternalItup.g:6685:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            {
            // InternalItup.g:6685:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            // InternalItup.g:6686:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 
            // InternalItup.g:6687:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            loop72:
            do {
                int alt72=2;
                int LA72_0 = input.LA(1);

                if ( (LA72_0==73) ) {
                    alt72=1;
                }


                switch (alt72) {
            	case 1 :
            	    // InternalItup.g:6687:3: rule__ImplementationCriterion__CriteriaAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__ImplementationCriterion__CriteriaAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop72;
                }
            } while (true);

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2"
    // InternalItup.g:6695:1: rule__ImplementationCriterion__Group_3__2 : rule__ImplementationCriterion__Group_3__2__Impl ;
    public final void rule__ImplementationCriterion__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6699:1: ( rule__ImplementationCriterion__Group_3__2__Impl )
            // InternalItup.g:6700:2: rule__ImplementationCriterion__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2__Impl"
    // InternalItup.g:6706:1: rule__ImplementationCriterion__Group_3__2__Impl : ( '}' ) ;
    public final void rule__ImplementationCriterion__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6710:1: ( ( '}' ) )
            // InternalItup.g:6711:1: ( '}' )
            {
            // InternalItup.g:6711:1: ( '}' )
            // InternalItup.g:6712:2: '}'
            {
             before(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__0"
    // InternalItup.g:6722:1: rule__GlossaryTerm__Group__0 : rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 ;
    public final void rule__GlossaryTerm__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6726:1: ( rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 )
            // InternalItup.g:6727:2: rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0"


    // $ANTLR start "rule__GlossaryTerm__Group__0__Impl"
    // InternalItup.g:6734:1: rule__GlossaryTerm__Group__0__Impl : ( 'term' ) ;
    public final void rule__GlossaryTerm__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6738:1: ( ( 'term' ) )
            // InternalItup.g:6739:1: ( 'term' )
            {
            // InternalItup.g:6739:1: ( 'term' )
            // InternalItup.g:6740:2: 'term'
            {
             before(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__1"
    // InternalItup.g:6749:1: rule__GlossaryTerm__Group__1 : rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 ;
    public final void rule__GlossaryTerm__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6753:1: ( rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 )
            // InternalItup.g:6754:2: rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__GlossaryTerm__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1"


    // $ANTLR start "rule__GlossaryTerm__Group__1__Impl"
    // InternalItup.g:6761:1: rule__GlossaryTerm__Group__1__Impl : ( ( rule__GlossaryTerm__TermAssignment_1 ) ) ;
    public final void rule__GlossaryTerm__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6765:1: ( ( ( rule__GlossaryTerm__TermAssignment_1 ) ) )
            // InternalItup.g:6766:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            {
            // InternalItup.g:6766:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            // InternalItup.g:6767:2: ( rule__GlossaryTerm__TermAssignment_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 
            // InternalItup.g:6768:2: ( rule__GlossaryTerm__TermAssignment_1 )
            // InternalItup.g:6768:3: rule__GlossaryTerm__TermAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__TermAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__2"
    // InternalItup.g:6776:1: rule__GlossaryTerm__Group__2 : rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 ;
    public final void rule__GlossaryTerm__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6780:1: ( rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 )
            // InternalItup.g:6781:2: rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2"


    // $ANTLR start "rule__GlossaryTerm__Group__2__Impl"
    // InternalItup.g:6788:1: rule__GlossaryTerm__Group__2__Impl : ( '{' ) ;
    public final void rule__GlossaryTerm__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6792:1: ( ( '{' ) )
            // InternalItup.g:6793:1: ( '{' )
            {
            // InternalItup.g:6793:1: ( '{' )
            // InternalItup.g:6794:2: '{'
            {
             before(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__3"
    // InternalItup.g:6803:1: rule__GlossaryTerm__Group__3 : rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 ;
    public final void rule__GlossaryTerm__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6807:1: ( rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 )
            // InternalItup.g:6808:2: rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3"


    // $ANTLR start "rule__GlossaryTerm__Group__3__Impl"
    // InternalItup.g:6815:1: rule__GlossaryTerm__Group__3__Impl : ( ( rule__GlossaryTerm__Group_3__0 )? ) ;
    public final void rule__GlossaryTerm__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6819:1: ( ( ( rule__GlossaryTerm__Group_3__0 )? ) )
            // InternalItup.g:6820:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            {
            // InternalItup.g:6820:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            // InternalItup.g:6821:2: ( rule__GlossaryTerm__Group_3__0 )?
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup_3()); 
            // InternalItup.g:6822:2: ( rule__GlossaryTerm__Group_3__0 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==75) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:6822:3: rule__GlossaryTerm__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__GlossaryTerm__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGlossaryTermAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__4"
    // InternalItup.g:6830:1: rule__GlossaryTerm__Group__4 : rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 ;
    public final void rule__GlossaryTerm__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6834:1: ( rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 )
            // InternalItup.g:6835:2: rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5
            {
            pushFollow(FOLLOW_45);
            rule__GlossaryTerm__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4"


    // $ANTLR start "rule__GlossaryTerm__Group__4__Impl"
    // InternalItup.g:6842:1: rule__GlossaryTerm__Group__4__Impl : ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) ;
    public final void rule__GlossaryTerm__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6846:1: ( ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) )
            // InternalItup.g:6847:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            {
            // InternalItup.g:6847:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            // InternalItup.g:6848:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 
            // InternalItup.g:6849:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            loop74:
            do {
                int alt74=2;
                int LA74_0 = input.LA(1);

                if ( (LA74_0==RULE_ID) ) {
                    alt74=1;
                }


                switch (alt74) {
            	case 1 :
            	    // InternalItup.g:6849:3: rule__GlossaryTerm__TranslationsAssignment_4
            	    {
            	    pushFollow(FOLLOW_46);
            	    rule__GlossaryTerm__TranslationsAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop74;
                }
            } while (true);

             after(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__5"
    // InternalItup.g:6857:1: rule__GlossaryTerm__Group__5 : rule__GlossaryTerm__Group__5__Impl ;
    public final void rule__GlossaryTerm__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6861:1: ( rule__GlossaryTerm__Group__5__Impl )
            // InternalItup.g:6862:2: rule__GlossaryTerm__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5"


    // $ANTLR start "rule__GlossaryTerm__Group__5__Impl"
    // InternalItup.g:6868:1: rule__GlossaryTerm__Group__5__Impl : ( '}' ) ;
    public final void rule__GlossaryTerm__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6872:1: ( ( '}' ) )
            // InternalItup.g:6873:1: ( '}' )
            {
            // InternalItup.g:6873:1: ( '}' )
            // InternalItup.g:6874:2: '}'
            {
             before(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0"
    // InternalItup.g:6884:1: rule__GlossaryTerm__Group_3__0 : rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 ;
    public final void rule__GlossaryTerm__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6888:1: ( rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 )
            // InternalItup.g:6889:2: rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0__Impl"
    // InternalItup.g:6896:1: rule__GlossaryTerm__Group_3__0__Impl : ( 'definition' ) ;
    public final void rule__GlossaryTerm__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6900:1: ( ( 'definition' ) )
            // InternalItup.g:6901:1: ( 'definition' )
            {
            // InternalItup.g:6901:1: ( 'definition' )
            // InternalItup.g:6902:2: 'definition'
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1"
    // InternalItup.g:6911:1: rule__GlossaryTerm__Group_3__1 : rule__GlossaryTerm__Group_3__1__Impl ;
    public final void rule__GlossaryTerm__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6915:1: ( rule__GlossaryTerm__Group_3__1__Impl )
            // InternalItup.g:6916:2: rule__GlossaryTerm__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1__Impl"
    // InternalItup.g:6922:1: rule__GlossaryTerm__Group_3__1__Impl : ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) ;
    public final void rule__GlossaryTerm__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6926:1: ( ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) )
            // InternalItup.g:6927:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            {
            // InternalItup.g:6927:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            // InternalItup.g:6928:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 
            // InternalItup.g:6929:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            // InternalItup.g:6929:3: rule__GlossaryTerm__DefinitionAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__DefinitionAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1__Impl"


    // $ANTLR start "rule__Translation__Group__0"
    // InternalItup.g:6938:1: rule__Translation__Group__0 : rule__Translation__Group__0__Impl rule__Translation__Group__1 ;
    public final void rule__Translation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6942:1: ( rule__Translation__Group__0__Impl rule__Translation__Group__1 )
            // InternalItup.g:6943:2: rule__Translation__Group__0__Impl rule__Translation__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__Translation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Translation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0"


    // $ANTLR start "rule__Translation__Group__0__Impl"
    // InternalItup.g:6950:1: rule__Translation__Group__0__Impl : ( ( rule__Translation__LanguageAssignment_0 ) ) ;
    public final void rule__Translation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6954:1: ( ( ( rule__Translation__LanguageAssignment_0 ) ) )
            // InternalItup.g:6955:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            {
            // InternalItup.g:6955:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            // InternalItup.g:6956:2: ( rule__Translation__LanguageAssignment_0 )
            {
             before(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 
            // InternalItup.g:6957:2: ( rule__Translation__LanguageAssignment_0 )
            // InternalItup.g:6957:3: rule__Translation__LanguageAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__LanguageAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0__Impl"


    // $ANTLR start "rule__Translation__Group__1"
    // InternalItup.g:6965:1: rule__Translation__Group__1 : rule__Translation__Group__1__Impl ;
    public final void rule__Translation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6969:1: ( rule__Translation__Group__1__Impl )
            // InternalItup.g:6970:2: rule__Translation__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1"


    // $ANTLR start "rule__Translation__Group__1__Impl"
    // InternalItup.g:6976:1: rule__Translation__Group__1__Impl : ( ( rule__Translation__TextAssignment_1 ) ) ;
    public final void rule__Translation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6980:1: ( ( ( rule__Translation__TextAssignment_1 ) ) )
            // InternalItup.g:6981:1: ( ( rule__Translation__TextAssignment_1 ) )
            {
            // InternalItup.g:6981:1: ( ( rule__Translation__TextAssignment_1 ) )
            // InternalItup.g:6982:2: ( rule__Translation__TextAssignment_1 )
            {
             before(grammarAccess.getTranslationAccess().getTextAssignment_1()); 
            // InternalItup.g:6983:2: ( rule__Translation__TextAssignment_1 )
            // InternalItup.g:6983:3: rule__Translation__TextAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Translation__TextAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getTextAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1__Impl"


    // $ANTLR start "rule__Code__Group__0"
    // InternalItup.g:6992:1: rule__Code__Group__0 : rule__Code__Group__0__Impl rule__Code__Group__1 ;
    public final void rule__Code__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6996:1: ( rule__Code__Group__0__Impl rule__Code__Group__1 )
            // InternalItup.g:6997:2: rule__Code__Group__0__Impl rule__Code__Group__1
            {
            pushFollow(FOLLOW_47);
            rule__Code__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0"


    // $ANTLR start "rule__Code__Group__0__Impl"
    // InternalItup.g:7004:1: rule__Code__Group__0__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7008:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7009:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7009:1: ( ruleCodeSegment )
            // InternalItup.g:7010:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0__Impl"


    // $ANTLR start "rule__Code__Group__1"
    // InternalItup.g:7019:1: rule__Code__Group__1 : rule__Code__Group__1__Impl ;
    public final void rule__Code__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7023:1: ( rule__Code__Group__1__Impl )
            // InternalItup.g:7024:2: rule__Code__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1"


    // $ANTLR start "rule__Code__Group__1__Impl"
    // InternalItup.g:7030:1: rule__Code__Group__1__Impl : ( ( rule__Code__Group_1__0 )* ) ;
    public final void rule__Code__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7034:1: ( ( ( rule__Code__Group_1__0 )* ) )
            // InternalItup.g:7035:1: ( ( rule__Code__Group_1__0 )* )
            {
            // InternalItup.g:7035:1: ( ( rule__Code__Group_1__0 )* )
            // InternalItup.g:7036:2: ( rule__Code__Group_1__0 )*
            {
             before(grammarAccess.getCodeAccess().getGroup_1()); 
            // InternalItup.g:7037:2: ( rule__Code__Group_1__0 )*
            loop75:
            do {
                int alt75=2;
                int LA75_0 = input.LA(1);

                if ( ((LA75_0>=14 && LA75_0<=15)) ) {
                    alt75=1;
                }


                switch (alt75) {
            	case 1 :
            	    // InternalItup.g:7037:3: rule__Code__Group_1__0
            	    {
            	    pushFollow(FOLLOW_48);
            	    rule__Code__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop75;
                }
            } while (true);

             after(grammarAccess.getCodeAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1__Impl"


    // $ANTLR start "rule__Code__Group_1__0"
    // InternalItup.g:7046:1: rule__Code__Group_1__0 : rule__Code__Group_1__0__Impl rule__Code__Group_1__1 ;
    public final void rule__Code__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7050:1: ( rule__Code__Group_1__0__Impl rule__Code__Group_1__1 )
            // InternalItup.g:7051:2: rule__Code__Group_1__0__Impl rule__Code__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Code__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0"


    // $ANTLR start "rule__Code__Group_1__0__Impl"
    // InternalItup.g:7058:1: rule__Code__Group_1__0__Impl : ( ( rule__Code__Alternatives_1_0 ) ) ;
    public final void rule__Code__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7062:1: ( ( ( rule__Code__Alternatives_1_0 ) ) )
            // InternalItup.g:7063:1: ( ( rule__Code__Alternatives_1_0 ) )
            {
            // InternalItup.g:7063:1: ( ( rule__Code__Alternatives_1_0 ) )
            // InternalItup.g:7064:2: ( rule__Code__Alternatives_1_0 )
            {
             before(grammarAccess.getCodeAccess().getAlternatives_1_0()); 
            // InternalItup.g:7065:2: ( rule__Code__Alternatives_1_0 )
            // InternalItup.g:7065:3: rule__Code__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0__Impl"


    // $ANTLR start "rule__Code__Group_1__1"
    // InternalItup.g:7073:1: rule__Code__Group_1__1 : rule__Code__Group_1__1__Impl ;
    public final void rule__Code__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7077:1: ( rule__Code__Group_1__1__Impl )
            // InternalItup.g:7078:2: rule__Code__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1"


    // $ANTLR start "rule__Code__Group_1__1__Impl"
    // InternalItup.g:7084:1: rule__Code__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7088:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7089:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7089:1: ( ruleCodeSegment )
            // InternalItup.g:7090:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1__Impl"


    // $ANTLR start "rule__PlanName__Group__0"
    // InternalItup.g:7100:1: rule__PlanName__Group__0 : rule__PlanName__Group__0__Impl rule__PlanName__Group__1 ;
    public final void rule__PlanName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7104:1: ( rule__PlanName__Group__0__Impl rule__PlanName__Group__1 )
            // InternalItup.g:7105:2: rule__PlanName__Group__0__Impl rule__PlanName__Group__1
            {
            pushFollow(FOLLOW_47);
            rule__PlanName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0"


    // $ANTLR start "rule__PlanName__Group__0__Impl"
    // InternalItup.g:7112:1: rule__PlanName__Group__0__Impl : ( RULE_ID ) ;
    public final void rule__PlanName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7116:1: ( ( RULE_ID ) )
            // InternalItup.g:7117:1: ( RULE_ID )
            {
            // InternalItup.g:7117:1: ( RULE_ID )
            // InternalItup.g:7118:2: RULE_ID
            {
             before(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0__Impl"


    // $ANTLR start "rule__PlanName__Group__1"
    // InternalItup.g:7127:1: rule__PlanName__Group__1 : rule__PlanName__Group__1__Impl ;
    public final void rule__PlanName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7131:1: ( rule__PlanName__Group__1__Impl )
            // InternalItup.g:7132:2: rule__PlanName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1"


    // $ANTLR start "rule__PlanName__Group__1__Impl"
    // InternalItup.g:7138:1: rule__PlanName__Group__1__Impl : ( ( rule__PlanName__Group_1__0 )* ) ;
    public final void rule__PlanName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7142:1: ( ( ( rule__PlanName__Group_1__0 )* ) )
            // InternalItup.g:7143:1: ( ( rule__PlanName__Group_1__0 )* )
            {
            // InternalItup.g:7143:1: ( ( rule__PlanName__Group_1__0 )* )
            // InternalItup.g:7144:2: ( rule__PlanName__Group_1__0 )*
            {
             before(grammarAccess.getPlanNameAccess().getGroup_1()); 
            // InternalItup.g:7145:2: ( rule__PlanName__Group_1__0 )*
            loop76:
            do {
                int alt76=2;
                int LA76_0 = input.LA(1);

                if ( ((LA76_0>=14 && LA76_0<=15)) ) {
                    alt76=1;
                }


                switch (alt76) {
            	case 1 :
            	    // InternalItup.g:7145:3: rule__PlanName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_48);
            	    rule__PlanName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop76;
                }
            } while (true);

             after(grammarAccess.getPlanNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1__Impl"


    // $ANTLR start "rule__PlanName__Group_1__0"
    // InternalItup.g:7154:1: rule__PlanName__Group_1__0 : rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 ;
    public final void rule__PlanName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7158:1: ( rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 )
            // InternalItup.g:7159:2: rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__PlanName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0"


    // $ANTLR start "rule__PlanName__Group_1__0__Impl"
    // InternalItup.g:7166:1: rule__PlanName__Group_1__0__Impl : ( ( rule__PlanName__Alternatives_1_0 ) ) ;
    public final void rule__PlanName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7170:1: ( ( ( rule__PlanName__Alternatives_1_0 ) ) )
            // InternalItup.g:7171:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            {
            // InternalItup.g:7171:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            // InternalItup.g:7172:2: ( rule__PlanName__Alternatives_1_0 )
            {
             before(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 
            // InternalItup.g:7173:2: ( rule__PlanName__Alternatives_1_0 )
            // InternalItup.g:7173:3: rule__PlanName__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0__Impl"


    // $ANTLR start "rule__PlanName__Group_1__1"
    // InternalItup.g:7181:1: rule__PlanName__Group_1__1 : rule__PlanName__Group_1__1__Impl ;
    public final void rule__PlanName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7185:1: ( rule__PlanName__Group_1__1__Impl )
            // InternalItup.g:7186:2: rule__PlanName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1"


    // $ANTLR start "rule__PlanName__Group_1__1__Impl"
    // InternalItup.g:7192:1: rule__PlanName__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__PlanName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7196:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:7197:1: ( ruleCodeSegment )
            {
            // InternalItup.g:7197:1: ( ruleCodeSegment )
            // InternalItup.g:7198:2: ruleCodeSegment
            {
             before(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1__Impl"


    // $ANTLR start "rule__Decimal__Group__0"
    // InternalItup.g:7208:1: rule__Decimal__Group__0 : rule__Decimal__Group__0__Impl rule__Decimal__Group__1 ;
    public final void rule__Decimal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7212:1: ( rule__Decimal__Group__0__Impl rule__Decimal__Group__1 )
            // InternalItup.g:7213:2: rule__Decimal__Group__0__Impl rule__Decimal__Group__1
            {
            pushFollow(FOLLOW_49);
            rule__Decimal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0"


    // $ANTLR start "rule__Decimal__Group__0__Impl"
    // InternalItup.g:7220:1: rule__Decimal__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7224:1: ( ( RULE_INT ) )
            // InternalItup.g:7225:1: ( RULE_INT )
            {
            // InternalItup.g:7225:1: ( RULE_INT )
            // InternalItup.g:7226:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0__Impl"


    // $ANTLR start "rule__Decimal__Group__1"
    // InternalItup.g:7235:1: rule__Decimal__Group__1 : rule__Decimal__Group__1__Impl ;
    public final void rule__Decimal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7239:1: ( rule__Decimal__Group__1__Impl )
            // InternalItup.g:7240:2: rule__Decimal__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1"


    // $ANTLR start "rule__Decimal__Group__1__Impl"
    // InternalItup.g:7246:1: rule__Decimal__Group__1__Impl : ( ( rule__Decimal__Group_1__0 )? ) ;
    public final void rule__Decimal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7250:1: ( ( ( rule__Decimal__Group_1__0 )? ) )
            // InternalItup.g:7251:1: ( ( rule__Decimal__Group_1__0 )? )
            {
            // InternalItup.g:7251:1: ( ( rule__Decimal__Group_1__0 )? )
            // InternalItup.g:7252:2: ( rule__Decimal__Group_1__0 )?
            {
             before(grammarAccess.getDecimalAccess().getGroup_1()); 
            // InternalItup.g:7253:2: ( rule__Decimal__Group_1__0 )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==14) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalItup.g:7253:3: rule__Decimal__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Decimal__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDecimalAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1__Impl"


    // $ANTLR start "rule__Decimal__Group_1__0"
    // InternalItup.g:7262:1: rule__Decimal__Group_1__0 : rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 ;
    public final void rule__Decimal__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7266:1: ( rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 )
            // InternalItup.g:7267:2: rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1
            {
            pushFollow(FOLLOW_7);
            rule__Decimal__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0"


    // $ANTLR start "rule__Decimal__Group_1__0__Impl"
    // InternalItup.g:7274:1: rule__Decimal__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Decimal__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7278:1: ( ( '.' ) )
            // InternalItup.g:7279:1: ( '.' )
            {
            // InternalItup.g:7279:1: ( '.' )
            // InternalItup.g:7280:2: '.'
            {
             before(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 
            match(input,14,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0__Impl"


    // $ANTLR start "rule__Decimal__Group_1__1"
    // InternalItup.g:7289:1: rule__Decimal__Group_1__1 : rule__Decimal__Group_1__1__Impl ;
    public final void rule__Decimal__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7293:1: ( rule__Decimal__Group_1__1__Impl )
            // InternalItup.g:7294:2: rule__Decimal__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1"


    // $ANTLR start "rule__Decimal__Group_1__1__Impl"
    // InternalItup.g:7300:1: rule__Decimal__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7304:1: ( ( RULE_INT ) )
            // InternalItup.g:7305:1: ( RULE_INT )
            {
            // InternalItup.g:7305:1: ( RULE_INT )
            // InternalItup.g:7306:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1"
    // InternalItup.g:7316:1: rule__Target__UnorderedGroup_3_1 : ( rule__Target__UnorderedGroup_3_1__0 )? ;
    public final void rule__Target__UnorderedGroup_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
        	
        try {
            // InternalItup.g:7321:1: ( ( rule__Target__UnorderedGroup_3_1__0 )? )
            // InternalItup.g:7322:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            {
            // InternalItup.g:7322:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( LA78_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt78=1;
            }
            else if ( ( LA78_0 == 11 || LA78_0 >= 16 && LA78_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt78=1;
            }
            else if ( LA78_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt78=1;
            }
            else if ( LA78_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalItup.g:7322:2: rule__Target__UnorderedGroup_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__Impl"
    // InternalItup.g:7330:1: rule__Target__UnorderedGroup_3_1__Impl : ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) ;
    public final void rule__Target__UnorderedGroup_3_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:7335:1: ( ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) )
            // InternalItup.g:7336:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:7336:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            int alt79=4;
            int LA79_0 = input.LA(1);

            if ( LA79_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt79=1;
            }
            else if ( ( LA79_0 == 11 || LA79_0 >= 16 && LA79_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt79=2;
            }
            else if ( LA79_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt79=3;
            }
            else if ( LA79_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt79=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 79, 0, input);

                throw nvae;
            }
            switch (alt79) {
                case 1 :
                    // InternalItup.g:7337:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:7337:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    // InternalItup.g:7338:4: {...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    }
                    // InternalItup.g:7338:104: ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    // InternalItup.g:7339:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7345:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    // InternalItup.g:7346:6: ( rule__Target__Group_3_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_0()); 
                    // InternalItup.g:7347:6: ( rule__Target__Group_3_1_0__0 )
                    // InternalItup.g:7347:7: rule__Target__Group_3_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:7352:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    {
                    // InternalItup.g:7352:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    // InternalItup.g:7353:4: {...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    }
                    // InternalItup.g:7353:104: ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    // InternalItup.g:7354:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7360:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    // InternalItup.g:7361:6: ( rule__Target__Alternatives_3_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 
                    // InternalItup.g:7362:6: ( rule__Target__Alternatives_3_1_1 )
                    // InternalItup.g:7362:7: rule__Target__Alternatives_3_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Alternatives_3_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:7367:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    {
                    // InternalItup.g:7367:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    // InternalItup.g:7368:4: {...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    }
                    // InternalItup.g:7368:104: ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    // InternalItup.g:7369:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7375:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    // InternalItup.g:7376:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    {
                     before(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 
                    // InternalItup.g:7377:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    // InternalItup.g:7377:7: rule__Target__BaselineAssignment_3_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__BaselineAssignment_3_1_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:7382:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:7382:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    // InternalItup.g:7383:4: {...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    }
                    // InternalItup.g:7383:104: ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    // InternalItup.g:7384:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7390:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    // InternalItup.g:7391:6: ( rule__Target__Group_3_1_3__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_3()); 
                    // InternalItup.g:7392:6: ( rule__Target__Group_3_1_3__0 )
                    // InternalItup.g:7392:7: rule__Target__Group_3_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__0"
    // InternalItup.g:7405:1: rule__Target__UnorderedGroup_3_1__0 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? ;
    public final void rule__Target__UnorderedGroup_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7409:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? )
            // InternalItup.g:7410:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )?
            {
            pushFollow(FOLLOW_50);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7411:2: ( rule__Target__UnorderedGroup_3_1__1 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( LA80_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt80=1;
            }
            else if ( ( LA80_0 == 11 || LA80_0 >= 16 && LA80_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt80=1;
            }
            else if ( LA80_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt80=1;
            }
            else if ( LA80_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:7411:2: rule__Target__UnorderedGroup_3_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__0"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__1"
    // InternalItup.g:7417:1: rule__Target__UnorderedGroup_3_1__1 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? ;
    public final void rule__Target__UnorderedGroup_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7421:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? )
            // InternalItup.g:7422:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )?
            {
            pushFollow(FOLLOW_50);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7423:2: ( rule__Target__UnorderedGroup_3_1__2 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( LA81_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt81=1;
            }
            else if ( ( LA81_0 == 11 || LA81_0 >= 16 && LA81_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt81=1;
            }
            else if ( LA81_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt81=1;
            }
            else if ( LA81_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalItup.g:7423:2: rule__Target__UnorderedGroup_3_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__2"
    // InternalItup.g:7429:1: rule__Target__UnorderedGroup_3_1__2 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? ;
    public final void rule__Target__UnorderedGroup_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7433:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? )
            // InternalItup.g:7434:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )?
            {
            pushFollow(FOLLOW_50);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:7435:2: ( rule__Target__UnorderedGroup_3_1__3 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( LA82_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt82=1;
            }
            else if ( ( LA82_0 == 11 || LA82_0 >= 16 && LA82_0 <= 18 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt82=1;
            }
            else if ( LA82_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt82=1;
            }
            else if ( LA82_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalItup.g:7435:2: rule__Target__UnorderedGroup_3_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__2"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__3"
    // InternalItup.g:7441:1: rule__Target__UnorderedGroup_3_1__3 : rule__Target__UnorderedGroup_3_1__Impl ;
    public final void rule__Target__UnorderedGroup_3_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7445:1: ( rule__Target__UnorderedGroup_3_1__Impl )
            // InternalItup.g:7446:2: rule__Target__UnorderedGroup_3_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__3"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1"
    // InternalItup.g:7453:1: rule__PerformanceIndicator__UnorderedGroup_2_1 : ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalItup.g:7458:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? )
            // InternalItup.g:7459:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            {
            // InternalItup.g:7459:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( LA83_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt83=1;
            }
            else if ( LA83_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt83=1;
            }
            else if ( LA83_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt83=1;
            }
            else if ( LA83_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:7459:2: rule__PerformanceIndicator__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"
    // InternalItup.g:7467:1: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:7472:1: ( ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) )
            // InternalItup.g:7473:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:7473:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            int alt84=4;
            int LA84_0 = input.LA(1);

            if ( LA84_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt84=1;
            }
            else if ( LA84_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt84=2;
            }
            else if ( LA84_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt84=3;
            }
            else if ( LA84_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt84=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 84, 0, input);

                throw nvae;
            }
            switch (alt84) {
                case 1 :
                    // InternalItup.g:7474:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:7474:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    // InternalItup.g:7475:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalItup.g:7475:118: ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    // InternalItup.g:7476:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7482:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    // InternalItup.g:7483:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 
                    // InternalItup.g:7484:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    // InternalItup.g:7484:7: rule__PerformanceIndicator__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:7489:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    {
                    // InternalItup.g:7489:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    // InternalItup.g:7490:4: {...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalItup.g:7490:118: ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    // InternalItup.g:7491:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7497:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    // InternalItup.g:7498:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 
                    // InternalItup.g:7499:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    // InternalItup.g:7499:7: rule__PerformanceIndicator__BaselineAssignment_2_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__BaselineAssignment_2_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:7504:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalItup.g:7504:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    // InternalItup.g:7505:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalItup.g:7505:118: ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    // InternalItup.g:7506:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7512:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    // InternalItup.g:7513:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 
                    // InternalItup.g:7514:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    // InternalItup.g:7514:7: rule__PerformanceIndicator__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:7519:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:7519:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    // InternalItup.g:7520:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalItup.g:7520:118: ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    // InternalItup.g:7521:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:7527:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    // InternalItup.g:7528:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 
                    // InternalItup.g:7529:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    // InternalItup.g:7529:7: rule__PerformanceIndicator__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__0"
    // InternalItup.g:7542:1: rule__PerformanceIndicator__UnorderedGroup_2_1__0 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7546:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? )
            // InternalItup.g:7547:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_51);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7548:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( LA85_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt85=1;
            }
            else if ( LA85_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt85=1;
            }
            else if ( LA85_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt85=1;
            }
            else if ( LA85_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalItup.g:7548:2: rule__PerformanceIndicator__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__1"
    // InternalItup.g:7554:1: rule__PerformanceIndicator__UnorderedGroup_2_1__1 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7558:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? )
            // InternalItup.g:7559:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_51);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7560:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( LA86_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt86=1;
            }
            else if ( LA86_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt86=1;
            }
            else if ( LA86_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt86=1;
            }
            else if ( LA86_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalItup.g:7560:2: rule__PerformanceIndicator__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__2"
    // InternalItup.g:7566:1: rule__PerformanceIndicator__UnorderedGroup_2_1__2 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7570:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? )
            // InternalItup.g:7571:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_51);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:7572:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( LA87_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt87=1;
            }
            else if ( LA87_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt87=1;
            }
            else if ( LA87_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt87=1;
            }
            else if ( LA87_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalItup.g:7572:2: rule__PerformanceIndicator__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__3"
    // InternalItup.g:7578:1: rule__PerformanceIndicator__UnorderedGroup_2_1__3 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7582:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl )
            // InternalItup.g:7583:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__Plan__NameAssignment_1"
    // InternalItup.g:7590:1: rule__Plan__NameAssignment_1 : ( rulePlanName ) ;
    public final void rule__Plan__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7594:1: ( ( rulePlanName ) )
            // InternalItup.g:7595:2: ( rulePlanName )
            {
            // InternalItup.g:7595:2: ( rulePlanName )
            // InternalItup.g:7596:3: rulePlanName
            {
             before(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__NameAssignment_1"


    // $ANTLR start "rule__Plan__TitleAssignment_2"
    // InternalItup.g:7605:1: rule__Plan__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Plan__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7609:1: ( ( RULE_STRING ) )
            // InternalItup.g:7610:2: ( RULE_STRING )
            {
            // InternalItup.g:7610:2: ( RULE_STRING )
            // InternalItup.g:7611:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__TitleAssignment_2"


    // $ANTLR start "rule__Plan__StartYearAssignment_3_1"
    // InternalItup.g:7620:1: rule__Plan__StartYearAssignment_3_1 : ( ruleYear ) ;
    public final void rule__Plan__StartYearAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7624:1: ( ( ruleYear ) )
            // InternalItup.g:7625:2: ( ruleYear )
            {
            // InternalItup.g:7625:2: ( ruleYear )
            // InternalItup.g:7626:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__StartYearAssignment_3_1"


    // $ANTLR start "rule__Plan__EndYearAssignment_3_3"
    // InternalItup.g:7635:1: rule__Plan__EndYearAssignment_3_3 : ( ruleYear ) ;
    public final void rule__Plan__EndYearAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7639:1: ( ( ruleYear ) )
            // InternalItup.g:7640:2: ( ruleYear )
            {
            // InternalItup.g:7640:2: ( ruleYear )
            // InternalItup.g:7641:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__EndYearAssignment_3_3"


    // $ANTLR start "rule__Plan__AdoptedByAssignment_4_2"
    // InternalItup.g:7650:1: rule__Plan__AdoptedByAssignment_4_2 : ( RULE_STRING ) ;
    public final void rule__Plan__AdoptedByAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7654:1: ( ( RULE_STRING ) )
            // InternalItup.g:7655:2: ( RULE_STRING )
            {
            // InternalItup.g:7655:2: ( RULE_STRING )
            // InternalItup.g:7656:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__AdoptedByAssignment_4_2"


    // $ANTLR start "rule__Plan__ImportsAssignment_5"
    // InternalItup.g:7665:1: rule__Plan__ImportsAssignment_5 : ( ruleImport ) ;
    public final void rule__Plan__ImportsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7669:1: ( ( ruleImport ) )
            // InternalItup.g:7670:2: ( ruleImport )
            {
            // InternalItup.g:7670:2: ( ruleImport )
            // InternalItup.g:7671:3: ruleImport
            {
             before(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ImportsAssignment_5"


    // $ANTLR start "rule__Plan__VisionAssignment_6_1"
    // InternalItup.g:7680:1: rule__Plan__VisionAssignment_6_1 : ( RULE_STRING ) ;
    public final void rule__Plan__VisionAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7684:1: ( ( RULE_STRING ) )
            // InternalItup.g:7685:2: ( RULE_STRING )
            {
            // InternalItup.g:7685:2: ( RULE_STRING )
            // InternalItup.g:7686:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__VisionAssignment_6_1"


    // $ANTLR start "rule__Plan__MissionAssignment_7_1"
    // InternalItup.g:7695:1: rule__Plan__MissionAssignment_7_1 : ( RULE_STRING ) ;
    public final void rule__Plan__MissionAssignment_7_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7699:1: ( ( RULE_STRING ) )
            // InternalItup.g:7700:2: ( RULE_STRING )
            {
            // InternalItup.g:7700:2: ( RULE_STRING )
            // InternalItup.g:7701:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__MissionAssignment_7_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_1"
    // InternalItup.g:7710:1: rule__Plan__SectorOrderAssignment_8_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7714:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:7715:2: ( ( ruleCode ) )
            {
            // InternalItup.g:7715:2: ( ( ruleCode ) )
            // InternalItup.g:7716:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 
            // InternalItup.g:7717:3: ( ruleCode )
            // InternalItup.g:7718:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_2_1"
    // InternalItup.g:7729:1: rule__Plan__SectorOrderAssignment_8_2_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7733:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:7734:2: ( ( ruleCode ) )
            {
            // InternalItup.g:7734:2: ( ( ruleCode ) )
            // InternalItup.g:7735:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 
            // InternalItup.g:7736:3: ( ruleCode )
            // InternalItup.g:7737:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_2_1"


    // $ANTLR start "rule__Plan__ValuesAssignment_9_0"
    // InternalItup.g:7748:1: rule__Plan__ValuesAssignment_9_0 : ( ruleCoreValue ) ;
    public final void rule__Plan__ValuesAssignment_9_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7752:1: ( ( ruleCoreValue ) )
            // InternalItup.g:7753:2: ( ruleCoreValue )
            {
            // InternalItup.g:7753:2: ( ruleCoreValue )
            // InternalItup.g:7754:3: ruleCoreValue
            {
             before(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ValuesAssignment_9_0"


    // $ANTLR start "rule__Plan__GoalsAssignment_9_1"
    // InternalItup.g:7763:1: rule__Plan__GoalsAssignment_9_1 : ( ruleGoal ) ;
    public final void rule__Plan__GoalsAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7767:1: ( ( ruleGoal ) )
            // InternalItup.g:7768:2: ( ruleGoal )
            {
            // InternalItup.g:7768:2: ( ruleGoal )
            // InternalItup.g:7769:3: ruleGoal
            {
             before(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 
            pushFollow(FOLLOW_2);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GoalsAssignment_9_1"


    // $ANTLR start "rule__Plan__SectorsAssignment_9_2"
    // InternalItup.g:7778:1: rule__Plan__SectorsAssignment_9_2 : ( ruleSector ) ;
    public final void rule__Plan__SectorsAssignment_9_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7782:1: ( ( ruleSector ) )
            // InternalItup.g:7783:2: ( ruleSector )
            {
            // InternalItup.g:7783:2: ( ruleSector )
            // InternalItup.g:7784:3: ruleSector
            {
             before(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorsAssignment_9_2"


    // $ANTLR start "rule__Plan__RisksAssignment_9_3"
    // InternalItup.g:7793:1: rule__Plan__RisksAssignment_9_3 : ( ruleStrategicRisk ) ;
    public final void rule__Plan__RisksAssignment_9_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7797:1: ( ( ruleStrategicRisk ) )
            // InternalItup.g:7798:2: ( ruleStrategicRisk )
            {
            // InternalItup.g:7798:2: ( ruleStrategicRisk )
            // InternalItup.g:7799:3: ruleStrategicRisk
            {
             before(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 
            pushFollow(FOLLOW_2);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__RisksAssignment_9_3"


    // $ANTLR start "rule__Plan__SwotAssignment_9_4_2"
    // InternalItup.g:7808:1: rule__Plan__SwotAssignment_9_4_2 : ( ruleSwotItem ) ;
    public final void rule__Plan__SwotAssignment_9_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7812:1: ( ( ruleSwotItem ) )
            // InternalItup.g:7813:2: ( ruleSwotItem )
            {
            // InternalItup.g:7813:2: ( ruleSwotItem )
            // InternalItup.g:7814:3: ruleSwotItem
            {
             before(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SwotAssignment_9_4_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_2"
    // InternalItup.g:7823:1: rule__Plan__WsisActionLinesAssignment_9_5_2 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7827:1: ( ( ruleCode ) )
            // InternalItup.g:7828:2: ( ruleCode )
            {
            // InternalItup.g:7828:2: ( ruleCode )
            // InternalItup.g:7829:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_3_1"
    // InternalItup.g:7838:1: rule__Plan__WsisActionLinesAssignment_9_5_3_1 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7842:1: ( ( ruleCode ) )
            // InternalItup.g:7843:2: ( ruleCode )
            {
            // InternalItup.g:7843:2: ( ruleCode )
            // InternalItup.g:7844:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_3_1"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"
    // InternalItup.g:7853:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7857:1: ( ( ruleCode ) )
            // InternalItup.g:7858:2: ( ruleCode )
            {
            // InternalItup.g:7858:2: ( ruleCode )
            // InternalItup.g:7859:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"
    // InternalItup.g:7868:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7872:1: ( ( ruleCode ) )
            // InternalItup.g:7873:2: ( ruleCode )
            {
            // InternalItup.g:7873:2: ( ruleCode )
            // InternalItup.g:7874:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"


    // $ANTLR start "rule__Plan__CriteriaAssignment_9_7"
    // InternalItup.g:7883:1: rule__Plan__CriteriaAssignment_9_7 : ( ruleImplementationCriterion ) ;
    public final void rule__Plan__CriteriaAssignment_9_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7887:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:7888:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:7888:2: ( ruleImplementationCriterion )
            // InternalItup.g:7889:3: ruleImplementationCriterion
            {
             before(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__CriteriaAssignment_9_7"


    // $ANTLR start "rule__Plan__GlossaryAssignment_9_8"
    // InternalItup.g:7898:1: rule__Plan__GlossaryAssignment_9_8 : ( ruleGlossaryTerm ) ;
    public final void rule__Plan__GlossaryAssignment_9_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7902:1: ( ( ruleGlossaryTerm ) )
            // InternalItup.g:7903:2: ( ruleGlossaryTerm )
            {
            // InternalItup.g:7903:2: ( ruleGlossaryTerm )
            // InternalItup.g:7904:3: ruleGlossaryTerm
            {
             before(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 
            pushFollow(FOLLOW_2);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GlossaryAssignment_9_8"


    // $ANTLR start "rule__Import__PlanAssignment_1"
    // InternalItup.g:7913:1: rule__Import__PlanAssignment_1 : ( ( rulePlanName ) ) ;
    public final void rule__Import__PlanAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7917:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:7918:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:7918:2: ( ( rulePlanName ) )
            // InternalItup.g:7919:3: ( rulePlanName )
            {
             before(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 
            // InternalItup.g:7920:3: ( rulePlanName )
            // InternalItup.g:7921:4: rulePlanName
            {
             before(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__PlanAssignment_1"


    // $ANTLR start "rule__CoreValue__NameAssignment_1"
    // InternalItup.g:7932:1: rule__CoreValue__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__CoreValue__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7936:1: ( ( ruleCode ) )
            // InternalItup.g:7937:2: ( ruleCode )
            {
            // InternalItup.g:7937:2: ( ruleCode )
            // InternalItup.g:7938:3: ruleCode
            {
             before(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__NameAssignment_1"


    // $ANTLR start "rule__CoreValue__TitleAssignment_2"
    // InternalItup.g:7947:1: rule__CoreValue__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__CoreValue__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7951:1: ( ( RULE_STRING ) )
            // InternalItup.g:7952:2: ( RULE_STRING )
            {
            // InternalItup.g:7952:2: ( RULE_STRING )
            // InternalItup.g:7953:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__TitleAssignment_2"


    // $ANTLR start "rule__CoreValue__StatementAssignment_3"
    // InternalItup.g:7962:1: rule__CoreValue__StatementAssignment_3 : ( RULE_STRING ) ;
    public final void rule__CoreValue__StatementAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7966:1: ( ( RULE_STRING ) )
            // InternalItup.g:7967:2: ( RULE_STRING )
            {
            // InternalItup.g:7967:2: ( RULE_STRING )
            // InternalItup.g:7968:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__StatementAssignment_3"


    // $ANTLR start "rule__Goal__NameAssignment_1"
    // InternalItup.g:7977:1: rule__Goal__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Goal__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7981:1: ( ( ruleCode ) )
            // InternalItup.g:7982:2: ( ruleCode )
            {
            // InternalItup.g:7982:2: ( ruleCode )
            // InternalItup.g:7983:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__NameAssignment_1"


    // $ANTLR start "rule__Goal__TitleAssignment_2"
    // InternalItup.g:7992:1: rule__Goal__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Goal__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7996:1: ( ( RULE_STRING ) )
            // InternalItup.g:7997:2: ( RULE_STRING )
            {
            // InternalItup.g:7997:2: ( RULE_STRING )
            // InternalItup.g:7998:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TitleAssignment_2"


    // $ANTLR start "rule__Goal__StatementAssignment_4_1"
    // InternalItup.g:8007:1: rule__Goal__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Goal__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8011:1: ( ( RULE_STRING ) )
            // InternalItup.g:8012:2: ( RULE_STRING )
            {
            // InternalItup.g:8012:2: ( RULE_STRING )
            // InternalItup.g:8013:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__StatementAssignment_4_1"


    // $ANTLR start "rule__Goal__DescriptionAssignment_5_1"
    // InternalItup.g:8022:1: rule__Goal__DescriptionAssignment_5_1 : ( RULE_STRING ) ;
    public final void rule__Goal__DescriptionAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8026:1: ( ( RULE_STRING ) )
            // InternalItup.g:8027:2: ( RULE_STRING )
            {
            // InternalItup.g:8027:2: ( RULE_STRING )
            // InternalItup.g:8028:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__DescriptionAssignment_5_1"


    // $ANTLR start "rule__Goal__TargetsAssignment_6_0"
    // InternalItup.g:8037:1: rule__Goal__TargetsAssignment_6_0 : ( ruleTarget ) ;
    public final void rule__Goal__TargetsAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8041:1: ( ( ruleTarget ) )
            // InternalItup.g:8042:2: ( ruleTarget )
            {
            // InternalItup.g:8042:2: ( ruleTarget )
            // InternalItup.g:8043:3: ruleTarget
            {
             before(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 
            pushFollow(FOLLOW_2);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TargetsAssignment_6_0"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_1"
    // InternalItup.g:8052:1: rule__Goal__SdgLinksAssignment_6_1_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8056:1: ( ( ruleSdgLink ) )
            // InternalItup.g:8057:2: ( ruleSdgLink )
            {
            // InternalItup.g:8057:2: ( ruleSdgLink )
            // InternalItup.g:8058:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_1"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_2_1"
    // InternalItup.g:8067:1: rule__Goal__SdgLinksAssignment_6_1_2_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8071:1: ( ( ruleSdgLink ) )
            // InternalItup.g:8072:2: ( ruleSdgLink )
            {
            // InternalItup.g:8072:2: ( ruleSdgLink )
            // InternalItup.g:8073:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_1"
    // InternalItup.g:8082:1: rule__Goal__WsisActionLinesAssignment_6_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8086:1: ( ( ruleCode ) )
            // InternalItup.g:8087:2: ( ruleCode )
            {
            // InternalItup.g:8087:2: ( ruleCode )
            // InternalItup.g:8088:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_2_1"
    // InternalItup.g:8097:1: rule__Goal__WsisActionLinesAssignment_6_2_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8101:1: ( ( ruleCode ) )
            // InternalItup.g:8102:2: ( ruleCode )
            {
            // InternalItup.g:8102:2: ( ruleCode )
            // InternalItup.g:8103:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_2_1"


    // $ANTLR start "rule__Target__NameAssignment_1"
    // InternalItup.g:8112:1: rule__Target__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Target__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8116:1: ( ( ruleCode ) )
            // InternalItup.g:8117:2: ( ruleCode )
            {
            // InternalItup.g:8117:2: ( ruleCode )
            // InternalItup.g:8118:3: ruleCode
            {
             before(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__NameAssignment_1"


    // $ANTLR start "rule__Target__StatementAssignment_2"
    // InternalItup.g:8127:1: rule__Target__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Target__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8131:1: ( ( RULE_STRING ) )
            // InternalItup.g:8132:2: ( RULE_STRING )
            {
            // InternalItup.g:8132:2: ( RULE_STRING )
            // InternalItup.g:8133:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__StatementAssignment_2"


    // $ANTLR start "rule__Target__DeadlineAssignment_3_1_0_1"
    // InternalItup.g:8142:1: rule__Target__DeadlineAssignment_3_1_0_1 : ( ruleYear ) ;
    public final void rule__Target__DeadlineAssignment_3_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8146:1: ( ( ruleYear ) )
            // InternalItup.g:8147:2: ( ruleYear )
            {
            // InternalItup.g:8147:2: ( ruleYear )
            // InternalItup.g:8148:3: ruleYear
            {
             before(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__DeadlineAssignment_3_1_0_1"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_0_0"
    // InternalItup.g:8157:1: rule__Target__KindAssignment_3_1_1_0_0 : ( ruleMeasuredTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8161:1: ( ( ruleMeasuredTargetKind ) )
            // InternalItup.g:8162:2: ( ruleMeasuredTargetKind )
            {
            // InternalItup.g:8162:2: ( ruleMeasuredTargetKind )
            // InternalItup.g:8163:3: ruleMeasuredTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasuredTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_0_0"


    // $ANTLR start "rule__Target__ValueAssignment_3_1_1_0_1"
    // InternalItup.g:8172:1: rule__Target__ValueAssignment_3_1_1_0_1 : ( ruleDecimal ) ;
    public final void rule__Target__ValueAssignment_3_1_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8176:1: ( ( ruleDecimal ) )
            // InternalItup.g:8177:2: ( ruleDecimal )
            {
            // InternalItup.g:8177:2: ( ruleDecimal )
            // InternalItup.g:8178:3: ruleDecimal
            {
             before(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__ValueAssignment_3_1_1_0_1"


    // $ANTLR start "rule__Target__UnitAssignment_3_1_1_0_2"
    // InternalItup.g:8187:1: rule__Target__UnitAssignment_3_1_1_0_2 : ( RULE_STRING ) ;
    public final void rule__Target__UnitAssignment_3_1_1_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8191:1: ( ( RULE_STRING ) )
            // InternalItup.g:8192:2: ( RULE_STRING )
            {
            // InternalItup.g:8192:2: ( RULE_STRING )
            // InternalItup.g:8193:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnitAssignment_3_1_1_0_2"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_1"
    // InternalItup.g:8202:1: rule__Target__KindAssignment_3_1_1_1 : ( ruleQualitativeTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8206:1: ( ( ruleQualitativeTargetKind ) )
            // InternalItup.g:8207:2: ( ruleQualitativeTargetKind )
            {
            // InternalItup.g:8207:2: ( ruleQualitativeTargetKind )
            // InternalItup.g:8208:3: ruleQualitativeTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleQualitativeTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_1"


    // $ANTLR start "rule__Target__BaselineAssignment_3_1_2"
    // InternalItup.g:8217:1: rule__Target__BaselineAssignment_3_1_2 : ( ruleBaseline ) ;
    public final void rule__Target__BaselineAssignment_3_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8221:1: ( ( ruleBaseline ) )
            // InternalItup.g:8222:2: ( ruleBaseline )
            {
            // InternalItup.g:8222:2: ( ruleBaseline )
            // InternalItup.g:8223:3: ruleBaseline
            {
             before(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__BaselineAssignment_3_1_2"


    // $ANTLR start "rule__Target__PopulationAssignment_3_1_3_1"
    // InternalItup.g:8232:1: rule__Target__PopulationAssignment_3_1_3_1 : ( RULE_STRING ) ;
    public final void rule__Target__PopulationAssignment_3_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8236:1: ( ( RULE_STRING ) )
            // InternalItup.g:8237:2: ( RULE_STRING )
            {
            // InternalItup.g:8237:2: ( RULE_STRING )
            // InternalItup.g:8238:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__PopulationAssignment_3_1_3_1"


    // $ANTLR start "rule__Target__IndicatorsAssignment_3_2"
    // InternalItup.g:8247:1: rule__Target__IndicatorsAssignment_3_2 : ( rulePerformanceIndicator ) ;
    public final void rule__Target__IndicatorsAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8251:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8252:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8252:2: ( rulePerformanceIndicator )
            // InternalItup.g:8253:3: rulePerformanceIndicator
            {
             before(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__IndicatorsAssignment_3_2"


    // $ANTLR start "rule__Baseline__YearAssignment_1"
    // InternalItup.g:8262:1: rule__Baseline__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Baseline__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8266:1: ( ( ruleYear ) )
            // InternalItup.g:8267:2: ( ruleYear )
            {
            // InternalItup.g:8267:2: ( ruleYear )
            // InternalItup.g:8268:3: ruleYear
            {
             before(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__YearAssignment_1"


    // $ANTLR start "rule__Baseline__ValueAssignment_2_1"
    // InternalItup.g:8277:1: rule__Baseline__ValueAssignment_2_1 : ( ruleDecimal ) ;
    public final void rule__Baseline__ValueAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8281:1: ( ( ruleDecimal ) )
            // InternalItup.g:8282:2: ( ruleDecimal )
            {
            // InternalItup.g:8282:2: ( ruleDecimal )
            // InternalItup.g:8283:3: ruleDecimal
            {
             before(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__ValueAssignment_2_1"


    // $ANTLR start "rule__Baseline__UnitAssignment_2_2"
    // InternalItup.g:8292:1: rule__Baseline__UnitAssignment_2_2 : ( RULE_STRING ) ;
    public final void rule__Baseline__UnitAssignment_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8296:1: ( ( RULE_STRING ) )
            // InternalItup.g:8297:2: ( RULE_STRING )
            {
            // InternalItup.g:8297:2: ( RULE_STRING )
            // InternalItup.g:8298:3: RULE_STRING
            {
             before(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__UnitAssignment_2_2"


    // $ANTLR start "rule__SdgLink__TargetAssignment_0"
    // InternalItup.g:8307:1: rule__SdgLink__TargetAssignment_0 : ( ruleCode ) ;
    public final void rule__SdgLink__TargetAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8311:1: ( ( ruleCode ) )
            // InternalItup.g:8312:2: ( ruleCode )
            {
            // InternalItup.g:8312:2: ( ruleCode )
            // InternalItup.g:8313:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__TargetAssignment_0"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_1"
    // InternalItup.g:8322:1: rule__SdgLink__IndicatorsAssignment_1_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8326:1: ( ( ruleCode ) )
            // InternalItup.g:8327:2: ( ruleCode )
            {
            // InternalItup.g:8327:2: ( ruleCode )
            // InternalItup.g:8328:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_1"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_2_1"
    // InternalItup.g:8337:1: rule__SdgLink__IndicatorsAssignment_1_2_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8341:1: ( ( ruleCode ) )
            // InternalItup.g:8342:2: ( ruleCode )
            {
            // InternalItup.g:8342:2: ( ruleCode )
            // InternalItup.g:8343:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_2_1"


    // $ANTLR start "rule__Sector__KindAssignment_0"
    // InternalItup.g:8352:1: rule__Sector__KindAssignment_0 : ( ruleSectorKind ) ;
    public final void rule__Sector__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8356:1: ( ( ruleSectorKind ) )
            // InternalItup.g:8357:2: ( ruleSectorKind )
            {
            // InternalItup.g:8357:2: ( ruleSectorKind )
            // InternalItup.g:8358:3: ruleSectorKind
            {
             before(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSectorKind();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__KindAssignment_0"


    // $ANTLR start "rule__Sector__NameAssignment_1"
    // InternalItup.g:8367:1: rule__Sector__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Sector__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8371:1: ( ( ruleCode ) )
            // InternalItup.g:8372:2: ( ruleCode )
            {
            // InternalItup.g:8372:2: ( ruleCode )
            // InternalItup.g:8373:3: ruleCode
            {
             before(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__NameAssignment_1"


    // $ANTLR start "rule__Sector__TitleAssignment_2"
    // InternalItup.g:8382:1: rule__Sector__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Sector__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8386:1: ( ( RULE_STRING ) )
            // InternalItup.g:8387:2: ( RULE_STRING )
            {
            // InternalItup.g:8387:2: ( RULE_STRING )
            // InternalItup.g:8388:3: RULE_STRING
            {
             before(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__TitleAssignment_2"


    // $ANTLR start "rule__Sector__BureauAssignment_4_1"
    // InternalItup.g:8397:1: rule__Sector__BureauAssignment_4_1 : ( ruleBureau ) ;
    public final void rule__Sector__BureauAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8401:1: ( ( ruleBureau ) )
            // InternalItup.g:8402:2: ( ruleBureau )
            {
            // InternalItup.g:8402:2: ( ruleBureau )
            // InternalItup.g:8403:3: ruleBureau
            {
             before(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__BureauAssignment_4_1"


    // $ANTLR start "rule__Sector__ObjectivesAssignment_5_0"
    // InternalItup.g:8412:1: rule__Sector__ObjectivesAssignment_5_0 : ( ruleObjective ) ;
    public final void rule__Sector__ObjectivesAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8416:1: ( ( ruleObjective ) )
            // InternalItup.g:8417:2: ( ruleObjective )
            {
            // InternalItup.g:8417:2: ( ruleObjective )
            // InternalItup.g:8418:3: ruleObjective
            {
             before(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 
            pushFollow(FOLLOW_2);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__ObjectivesAssignment_5_0"


    // $ANTLR start "rule__Sector__EnablersAssignment_5_1"
    // InternalItup.g:8427:1: rule__Sector__EnablersAssignment_5_1 : ( ruleEnabler ) ;
    public final void rule__Sector__EnablersAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8431:1: ( ( ruleEnabler ) )
            // InternalItup.g:8432:2: ( ruleEnabler )
            {
            // InternalItup.g:8432:2: ( ruleEnabler )
            // InternalItup.g:8433:3: ruleEnabler
            {
             before(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__EnablersAssignment_5_1"


    // $ANTLR start "rule__Bureau__NameAssignment_0"
    // InternalItup.g:8442:1: rule__Bureau__NameAssignment_0 : ( ruleCode ) ;
    public final void rule__Bureau__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8446:1: ( ( ruleCode ) )
            // InternalItup.g:8447:2: ( ruleCode )
            {
            // InternalItup.g:8447:2: ( ruleCode )
            // InternalItup.g:8448:3: ruleCode
            {
             before(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__NameAssignment_0"


    // $ANTLR start "rule__Bureau__TitleAssignment_1"
    // InternalItup.g:8457:1: rule__Bureau__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Bureau__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8461:1: ( ( RULE_STRING ) )
            // InternalItup.g:8462:2: ( RULE_STRING )
            {
            // InternalItup.g:8462:2: ( RULE_STRING )
            // InternalItup.g:8463:3: RULE_STRING
            {
             before(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__TitleAssignment_1"


    // $ANTLR start "rule__Objective__NameAssignment_1"
    // InternalItup.g:8472:1: rule__Objective__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Objective__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8476:1: ( ( ruleCode ) )
            // InternalItup.g:8477:2: ( ruleCode )
            {
            // InternalItup.g:8477:2: ( ruleCode )
            // InternalItup.g:8478:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__NameAssignment_1"


    // $ANTLR start "rule__Objective__TitleAssignment_2"
    // InternalItup.g:8487:1: rule__Objective__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Objective__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8491:1: ( ( RULE_STRING ) )
            // InternalItup.g:8492:2: ( RULE_STRING )
            {
            // InternalItup.g:8492:2: ( RULE_STRING )
            // InternalItup.g:8493:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__TitleAssignment_2"


    // $ANTLR start "rule__Objective__StatementAssignment_4_1"
    // InternalItup.g:8502:1: rule__Objective__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Objective__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8506:1: ( ( RULE_STRING ) )
            // InternalItup.g:8507:2: ( RULE_STRING )
            {
            // InternalItup.g:8507:2: ( RULE_STRING )
            // InternalItup.g:8508:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__StatementAssignment_4_1"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_2"
    // InternalItup.g:8517:1: rule__Objective__PrimaryGoalsAssignment_5_0_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8521:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8522:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8522:2: ( ( ruleCode ) )
            // InternalItup.g:8523:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 
            // InternalItup.g:8524:3: ( ruleCode )
            // InternalItup.g:8525:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_2"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"
    // InternalItup.g:8536:1: rule__Objective__PrimaryGoalsAssignment_5_0_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8540:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8541:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8541:2: ( ( ruleCode ) )
            // InternalItup.g:8542:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 
            // InternalItup.g:8543:3: ( ruleCode )
            // InternalItup.g:8544:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_2"
    // InternalItup.g:8555:1: rule__Objective__SecondaryGoalsAssignment_5_1_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8559:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8560:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8560:2: ( ( ruleCode ) )
            // InternalItup.g:8561:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 
            // InternalItup.g:8562:3: ( ruleCode )
            // InternalItup.g:8563:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_2"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"
    // InternalItup.g:8574:1: rule__Objective__SecondaryGoalsAssignment_5_1_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8578:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8579:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8579:2: ( ( ruleCode ) )
            // InternalItup.g:8580:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 
            // InternalItup.g:8581:3: ( ruleCode )
            // InternalItup.g:8582:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_1"
    // InternalItup.g:8593:1: rule__Objective__WsisActionLinesAssignment_5_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8597:1: ( ( ruleCode ) )
            // InternalItup.g:8598:2: ( ruleCode )
            {
            // InternalItup.g:8598:2: ( ruleCode )
            // InternalItup.g:8599:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_2_1"
    // InternalItup.g:8608:1: rule__Objective__WsisActionLinesAssignment_5_2_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8612:1: ( ( ruleCode ) )
            // InternalItup.g:8613:2: ( ruleCode )
            {
            // InternalItup.g:8613:2: ( ruleCode )
            // InternalItup.g:8614:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_2_1"


    // $ANTLR start "rule__Objective__OutcomesAssignment_5_3"
    // InternalItup.g:8623:1: rule__Objective__OutcomesAssignment_5_3 : ( ruleOutcome ) ;
    public final void rule__Objective__OutcomesAssignment_5_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8627:1: ( ( ruleOutcome ) )
            // InternalItup.g:8628:2: ( ruleOutcome )
            {
            // InternalItup.g:8628:2: ( ruleOutcome )
            // InternalItup.g:8629:3: ruleOutcome
            {
             before(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutcomesAssignment_5_3"


    // $ANTLR start "rule__Objective__OutputsAssignment_5_4"
    // InternalItup.g:8638:1: rule__Objective__OutputsAssignment_5_4 : ( ruleOutput ) ;
    public final void rule__Objective__OutputsAssignment_5_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8642:1: ( ( ruleOutput ) )
            // InternalItup.g:8643:2: ( ruleOutput )
            {
            // InternalItup.g:8643:2: ( ruleOutput )
            // InternalItup.g:8644:3: ruleOutput
            {
             before(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 
            pushFollow(FOLLOW_2);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutputsAssignment_5_4"


    // $ANTLR start "rule__Outcome__NameAssignment_1"
    // InternalItup.g:8653:1: rule__Outcome__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Outcome__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8657:1: ( ( ruleCode ) )
            // InternalItup.g:8658:2: ( ruleCode )
            {
            // InternalItup.g:8658:2: ( ruleCode )
            // InternalItup.g:8659:3: ruleCode
            {
             before(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__NameAssignment_1"


    // $ANTLR start "rule__Outcome__StatementAssignment_2"
    // InternalItup.g:8668:1: rule__Outcome__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Outcome__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8672:1: ( ( RULE_STRING ) )
            // InternalItup.g:8673:2: ( RULE_STRING )
            {
            // InternalItup.g:8673:2: ( RULE_STRING )
            // InternalItup.g:8674:3: RULE_STRING
            {
             before(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__StatementAssignment_2"


    // $ANTLR start "rule__Outcome__IndicatorsAssignment_3_1"
    // InternalItup.g:8683:1: rule__Outcome__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Outcome__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8687:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8688:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8688:2: ( rulePerformanceIndicator )
            // InternalItup.g:8689:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__Output__NameAssignment_1"
    // InternalItup.g:8698:1: rule__Output__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Output__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8702:1: ( ( ruleCode ) )
            // InternalItup.g:8703:2: ( ruleCode )
            {
            // InternalItup.g:8703:2: ( ruleCode )
            // InternalItup.g:8704:3: ruleCode
            {
             before(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__NameAssignment_1"


    // $ANTLR start "rule__Output__StatementAssignment_2"
    // InternalItup.g:8713:1: rule__Output__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Output__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8717:1: ( ( RULE_STRING ) )
            // InternalItup.g:8718:2: ( RULE_STRING )
            {
            // InternalItup.g:8718:2: ( RULE_STRING )
            // InternalItup.g:8719:3: RULE_STRING
            {
             before(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__StatementAssignment_2"


    // $ANTLR start "rule__Output__IndicatorsAssignment_3_1"
    // InternalItup.g:8728:1: rule__Output__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Output__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8732:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:8733:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:8733:2: ( rulePerformanceIndicator )
            // InternalItup.g:8734:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__PerformanceIndicator__NameAssignment_1"
    // InternalItup.g:8743:1: rule__PerformanceIndicator__NameAssignment_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8747:1: ( ( RULE_STRING ) )
            // InternalItup.g:8748:2: ( RULE_STRING )
            {
            // InternalItup.g:8748:2: ( RULE_STRING )
            // InternalItup.g:8749:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__NameAssignment_1"


    // $ANTLR start "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"
    // InternalItup.g:8758:1: rule__PerformanceIndicator__UnitAssignment_2_1_0_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__UnitAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8762:1: ( ( RULE_STRING ) )
            // InternalItup.g:8763:2: ( RULE_STRING )
            {
            // InternalItup.g:8763:2: ( RULE_STRING )
            // InternalItup.g:8764:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"


    // $ANTLR start "rule__PerformanceIndicator__BaselineAssignment_2_1_1"
    // InternalItup.g:8773:1: rule__PerformanceIndicator__BaselineAssignment_2_1_1 : ( ruleBaseline ) ;
    public final void rule__PerformanceIndicator__BaselineAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8777:1: ( ( ruleBaseline ) )
            // InternalItup.g:8778:2: ( ruleBaseline )
            {
            // InternalItup.g:8778:2: ( ruleBaseline )
            // InternalItup.g:8779:3: ruleBaseline
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__BaselineAssignment_2_1_1"


    // $ANTLR start "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"
    // InternalItup.g:8788:1: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 : ( ruleDecimal ) ;
    public final void rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8792:1: ( ( ruleDecimal ) )
            // InternalItup.g:8793:2: ( ruleDecimal )
            {
            // InternalItup.g:8793:2: ( ruleDecimal )
            // InternalItup.g:8794:3: ruleDecimal
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"


    // $ANTLR start "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"
    // InternalItup.g:8803:1: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 : ( ruleIndicatorDirection ) ;
    public final void rule__PerformanceIndicator__DirectionAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8807:1: ( ( ruleIndicatorDirection ) )
            // InternalItup.g:8808:2: ( ruleIndicatorDirection )
            {
            // InternalItup.g:8808:2: ( ruleIndicatorDirection )
            // InternalItup.g:8809:3: ruleIndicatorDirection
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIndicatorDirection();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"


    // $ANTLR start "rule__Enabler__NameAssignment_1"
    // InternalItup.g:8818:1: rule__Enabler__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Enabler__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8822:1: ( ( ruleCode ) )
            // InternalItup.g:8823:2: ( ruleCode )
            {
            // InternalItup.g:8823:2: ( ruleCode )
            // InternalItup.g:8824:3: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__NameAssignment_1"


    // $ANTLR start "rule__Enabler__TitleAssignment_2"
    // InternalItup.g:8833:1: rule__Enabler__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Enabler__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8837:1: ( ( RULE_STRING ) )
            // InternalItup.g:8838:2: ( RULE_STRING )
            {
            // InternalItup.g:8838:2: ( RULE_STRING )
            // InternalItup.g:8839:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__TitleAssignment_2"


    // $ANTLR start "rule__Enabler__SupportsAllAssignment_4_1_0"
    // InternalItup.g:8848:1: rule__Enabler__SupportsAllAssignment_4_1_0 : ( ( 'all' ) ) ;
    public final void rule__Enabler__SupportsAllAssignment_4_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8852:1: ( ( ( 'all' ) ) )
            // InternalItup.g:8853:2: ( ( 'all' ) )
            {
            // InternalItup.g:8853:2: ( ( 'all' ) )
            // InternalItup.g:8854:3: ( 'all' )
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            // InternalItup.g:8855:3: ( 'all' )
            // InternalItup.g:8856:4: 'all'
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportsAllAssignment_4_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"
    // InternalItup.g:8867:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8871:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8872:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8872:2: ( ( ruleCode ) )
            // InternalItup.g:8873:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 
            // InternalItup.g:8874:3: ( ruleCode )
            // InternalItup.g:8875:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"
    // InternalItup.g:8886:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8890:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:8891:2: ( ( ruleCode ) )
            {
            // InternalItup.g:8891:2: ( ( ruleCode ) )
            // InternalItup.g:8892:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 
            // InternalItup.g:8893:3: ( ruleCode )
            // InternalItup.g:8894:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"


    // $ANTLR start "rule__Enabler__ActivitiesAssignment_5_0_1"
    // InternalItup.g:8905:1: rule__Enabler__ActivitiesAssignment_5_0_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ActivitiesAssignment_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8909:1: ( ( RULE_STRING ) )
            // InternalItup.g:8910:2: ( RULE_STRING )
            {
            // InternalItup.g:8910:2: ( RULE_STRING )
            // InternalItup.g:8911:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ActivitiesAssignment_5_0_1"


    // $ANTLR start "rule__Enabler__ContributionsAssignment_5_1_1"
    // InternalItup.g:8920:1: rule__Enabler__ContributionsAssignment_5_1_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ContributionsAssignment_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8924:1: ( ( RULE_STRING ) )
            // InternalItup.g:8925:2: ( RULE_STRING )
            {
            // InternalItup.g:8925:2: ( RULE_STRING )
            // InternalItup.g:8926:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ContributionsAssignment_5_1_1"


    // $ANTLR start "rule__Enabler__ResultsAssignment_5_2_1"
    // InternalItup.g:8935:1: rule__Enabler__ResultsAssignment_5_2_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ResultsAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8939:1: ( ( RULE_STRING ) )
            // InternalItup.g:8940:2: ( RULE_STRING )
            {
            // InternalItup.g:8940:2: ( RULE_STRING )
            // InternalItup.g:8941:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ResultsAssignment_5_2_1"


    // $ANTLR start "rule__StrategicRisk__NameAssignment_1"
    // InternalItup.g:8950:1: rule__StrategicRisk__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__StrategicRisk__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8954:1: ( ( ruleCode ) )
            // InternalItup.g:8955:2: ( ruleCode )
            {
            // InternalItup.g:8955:2: ( ruleCode )
            // InternalItup.g:8956:3: ruleCode
            {
             before(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__NameAssignment_1"


    // $ANTLR start "rule__StrategicRisk__TitleAssignment_2"
    // InternalItup.g:8965:1: rule__StrategicRisk__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8969:1: ( ( RULE_STRING ) )
            // InternalItup.g:8970:2: ( RULE_STRING )
            {
            // InternalItup.g:8970:2: ( RULE_STRING )
            // InternalItup.g:8971:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__TitleAssignment_2"


    // $ANTLR start "rule__StrategicRisk__AspectsAssignment_4_1"
    // InternalItup.g:8980:1: rule__StrategicRisk__AspectsAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__AspectsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8984:1: ( ( RULE_STRING ) )
            // InternalItup.g:8985:2: ( RULE_STRING )
            {
            // InternalItup.g:8985:2: ( RULE_STRING )
            // InternalItup.g:8986:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__AspectsAssignment_4_1"


    // $ANTLR start "rule__StrategicRisk__MitigationsAssignment_5"
    // InternalItup.g:8995:1: rule__StrategicRisk__MitigationsAssignment_5 : ( ruleMitigation ) ;
    public final void rule__StrategicRisk__MitigationsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8999:1: ( ( ruleMitigation ) )
            // InternalItup.g:9000:2: ( ruleMitigation )
            {
            // InternalItup.g:9000:2: ( ruleMitigation )
            // InternalItup.g:9001:3: ruleMitigation
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__MitigationsAssignment_5"


    // $ANTLR start "rule__Mitigation__TreatmentAssignment_1"
    // InternalItup.g:9010:1: rule__Mitigation__TreatmentAssignment_1 : ( ruleRiskTreatment ) ;
    public final void rule__Mitigation__TreatmentAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9014:1: ( ( ruleRiskTreatment ) )
            // InternalItup.g:9015:2: ( ruleRiskTreatment )
            {
            // InternalItup.g:9015:2: ( ruleRiskTreatment )
            // InternalItup.g:9016:3: ruleRiskTreatment
            {
             before(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRiskTreatment();

            state._fsp--;

             after(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__TreatmentAssignment_1"


    // $ANTLR start "rule__Mitigation__StatementAssignment_2"
    // InternalItup.g:9025:1: rule__Mitigation__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Mitigation__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9029:1: ( ( RULE_STRING ) )
            // InternalItup.g:9030:2: ( RULE_STRING )
            {
            // InternalItup.g:9030:2: ( RULE_STRING )
            // InternalItup.g:9031:3: RULE_STRING
            {
             before(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__StatementAssignment_2"


    // $ANTLR start "rule__SwotItem__KindAssignment_0"
    // InternalItup.g:9040:1: rule__SwotItem__KindAssignment_0 : ( ruleSwotKind ) ;
    public final void rule__SwotItem__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9044:1: ( ( ruleSwotKind ) )
            // InternalItup.g:9045:2: ( ruleSwotKind )
            {
            // InternalItup.g:9045:2: ( ruleSwotKind )
            // InternalItup.g:9046:3: ruleSwotKind
            {
             before(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotKind();

            state._fsp--;

             after(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__KindAssignment_0"


    // $ANTLR start "rule__SwotItem__StatementAssignment_1"
    // InternalItup.g:9055:1: rule__SwotItem__StatementAssignment_1 : ( RULE_STRING ) ;
    public final void rule__SwotItem__StatementAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9059:1: ( ( RULE_STRING ) )
            // InternalItup.g:9060:2: ( RULE_STRING )
            {
            // InternalItup.g:9060:2: ( RULE_STRING )
            // InternalItup.g:9061:3: RULE_STRING
            {
             before(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__StatementAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__TitleAssignment_1"
    // InternalItup.g:9070:1: rule__ImplementationCriterion__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9074:1: ( ( RULE_STRING ) )
            // InternalItup.g:9075:2: ( RULE_STRING )
            {
            // InternalItup.g:9075:2: ( RULE_STRING )
            // InternalItup.g:9076:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__TitleAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__StatementAssignment_2"
    // InternalItup.g:9085:1: rule__ImplementationCriterion__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9089:1: ( ( RULE_STRING ) )
            // InternalItup.g:9090:2: ( RULE_STRING )
            {
            // InternalItup.g:9090:2: ( RULE_STRING )
            // InternalItup.g:9091:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__StatementAssignment_2"


    // $ANTLR start "rule__ImplementationCriterion__CriteriaAssignment_3_1"
    // InternalItup.g:9100:1: rule__ImplementationCriterion__CriteriaAssignment_3_1 : ( ruleImplementationCriterion ) ;
    public final void rule__ImplementationCriterion__CriteriaAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9104:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:9105:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:9105:2: ( ruleImplementationCriterion )
            // InternalItup.g:9106:3: ruleImplementationCriterion
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__CriteriaAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TermAssignment_1"
    // InternalItup.g:9115:1: rule__GlossaryTerm__TermAssignment_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__TermAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9119:1: ( ( RULE_STRING ) )
            // InternalItup.g:9120:2: ( RULE_STRING )
            {
            // InternalItup.g:9120:2: ( RULE_STRING )
            // InternalItup.g:9121:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TermAssignment_1"


    // $ANTLR start "rule__GlossaryTerm__DefinitionAssignment_3_1"
    // InternalItup.g:9130:1: rule__GlossaryTerm__DefinitionAssignment_3_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__DefinitionAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9134:1: ( ( RULE_STRING ) )
            // InternalItup.g:9135:2: ( RULE_STRING )
            {
            // InternalItup.g:9135:2: ( RULE_STRING )
            // InternalItup.g:9136:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__DefinitionAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TranslationsAssignment_4"
    // InternalItup.g:9145:1: rule__GlossaryTerm__TranslationsAssignment_4 : ( ruleTranslation ) ;
    public final void rule__GlossaryTerm__TranslationsAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9149:1: ( ( ruleTranslation ) )
            // InternalItup.g:9150:2: ( ruleTranslation )
            {
            // InternalItup.g:9150:2: ( ruleTranslation )
            // InternalItup.g:9151:3: ruleTranslation
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TranslationsAssignment_4"


    // $ANTLR start "rule__Translation__LanguageAssignment_0"
    // InternalItup.g:9160:1: rule__Translation__LanguageAssignment_0 : ( RULE_ID ) ;
    public final void rule__Translation__LanguageAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9164:1: ( ( RULE_ID ) )
            // InternalItup.g:9165:2: ( RULE_ID )
            {
            // InternalItup.g:9165:2: ( RULE_ID )
            // InternalItup.g:9166:3: RULE_ID
            {
             before(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__LanguageAssignment_0"


    // $ANTLR start "rule__Translation__TextAssignment_1"
    // InternalItup.g:9175:1: rule__Translation__TextAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Translation__TextAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9179:1: ( ( RULE_STRING ) )
            // InternalItup.g:9180:2: ( RULE_STRING )
            {
            // InternalItup.g:9180:2: ( RULE_STRING )
            // InternalItup.g:9181:3: RULE_STRING
            {
             before(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__TextAssignment_1"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0001A97500381040L,0x0000000000000640L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000800000000002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0001290000381002L,0x0000000000000640L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000040078000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000078000002L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000020000000040L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x000E2C0000000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0008280000000002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0030000800070800L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x4000040000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x4000000000000002L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0080008000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0300040000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0200000000000002L,0x0000000000000002L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x3C020C0000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x3C00080000000002L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000003000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x8028000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000460000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000040000000000L,0x000000000000003CL});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000038L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000000000030L,0x0000000000001000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000080L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000100L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000007800040L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000200L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000200L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000040000000020L,0x0000000000000800L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x000000000000C000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x000000000000C002L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0030000800070802L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x8028000000000002L,0x0000000000000001L});

}
